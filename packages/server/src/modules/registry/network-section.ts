import type { MetricInput } from '@derde-bron/domain';
import { and, eq, like, sum } from 'drizzle-orm';
import { withTenant } from '../../db/tenant.ts';
import type { NetworkSectionProvider } from '../network/sections.ts';
import { coverageGroups, registryFactsOf } from './repository.ts';
import { activities, activityReach } from './table.ts';

/** The figures one organisation's registry adds to the network benchmark. */
const registryMetrics = [
  ['experts', 'count'],
  ['levelsCovered', 'count'],
  ['phasesCovered', 'count'],
  ['rolesCovered', 'count'],
  ['registeredShare', 'percent'],
  ['structuralShare', 'percent'],
  ['activities', 'count'],
  ['reachLastYear', 'count'],
] as const;
type RegistryMetric = (typeof registryMetrics)[number][0];

/**
 * Registry: per organisation the number of experts, the levels, phases and roles where anyone
 * brings experiential expertise, the share of experts registered, the share funded structurally,
 * and its activities with their reach (participants) over the last whole year. Each organisation
 * is read in its own tenant transaction. Experts per 1,000 staff are not shown: the platform does
 * not know an organisation's staff size.
 */
export const registrySection: NetworkSectionProvider = {
  key: 'registry',
  async load(db, members) {
    const lastYear = String(new Date().getUTCFullYear() - 1);
    // An organisation without a registry contributes nothing, rather than zeros.
    const values = new Map<string, Record<RegistryMetric, number | null>>();
    for (const { orgId } of members) {
      const own = await withTenant(db, orgId, async (tx) => {
        const facts = await registryFactsOf(tx, orgId);
        const groups = await coverageGroups(tx, orgId);
        const covered = (pick: (group: (typeof groups)[number]) => readonly string[]) =>
          new Set(groups.flatMap(pick)).size;
        const activityRows = await tx
          .select({ id: activities.id })
          .from(activities)
          .where(eq(activities.orgId, orgId));
        const [reach] = await tx
          .select({ participants: sum(activityReach.participants) })
          .from(activityReach)
          .where(and(eq(activityReach.orgId, orgId), like(activityReach.quarter, `${lastYear}-Q%`)));
        if (facts.people === 0 && activityRows.length === 0) return null;
        return {
          experts: facts.experts,
          levelsCovered: facts.levelsCovered,
          phasesCovered: covered((group) => group.phases),
          rolesCovered: covered((group) => group.roles),
          registeredShare: facts.registeredShare,
          structuralShare: facts.structuralShare,
          activities: activityRows.length,
          reachLastYear: reach?.participants == null ? null : Number(reach.participants),
        };
      });
      if (own) values.set(orgId, own);
    }
    const optedOut = new Map(members.map((m) => [m.orgId, m.optedOut]));
    return {
      key: 'registry',
      metrics: registryMetrics.map(
        ([key, unit]): MetricInput => ({
          key: `registry.${key}`,
          unit,
          current: [...values].map(([orgId, v]) => ({
            orgId,
            value: v[key],
            optedOut: optedOut.get(orgId) ?? false,
          })),
          history: [],
        }),
      ),
      distributions: [],
    };
  },
};
