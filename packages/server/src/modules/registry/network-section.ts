import {
  computeRegistryFacts,
  fairFigures,
  type MetricInput,
  type RegistryPersonFacts,
  type SizeBand,
  sizeBandOf,
  sizeBands,
  todayIso,
} from '@derde-bron/domain';
import { count, isNull, like, sum } from 'drizzle-orm';
import { organisations } from '../../db/schema.ts';
import type { NetworkSectionProvider } from '../network/index.ts';
import { factColumns } from './repository.ts';
import { activities, activityReach, registryPeople } from './table.ts';

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
  ['expertFtePer100Staff', 'perHundred'],
  ['structuralFteShare', 'percent'],
  ['reachPer1000Clients', 'perThousand'],
] as const;
type RegistryMetric = (typeof registryMetrics)[number][0];

/** The size-normalised figures, also published per size band (each band under the ≥ 5 rule of its own). */
const fairMetrics = [
  ['expertFtePer100Staff', 'perHundred'],
  ['structuralFteShare', 'percent'],
  ['registeredShare', 'percent'],
  ['reachPer1000Clients', 'perThousand'],
] as const;

const groupBy = <T extends { orgId: string }>(rows: readonly T[]) => {
  const byOrg = new Map<string, T[]>();
  for (const row of rows) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row]);
  return byOrg;
};

/**
 * Registry: per organisation the number of experts, the levels, phases and roles where anyone
 * brings experiential expertise, the share of experts registered, the share funded structurally,
 * and its activities with their reach (participants) over the last whole year. Read across
 * organisations in three queries (system work, like the other sections); an organisation without a
 * registry contributes nothing rather than zeros. Beside the raw counts, figures set against the
 * organisation's size (experts' FTE per 100 FTE staff, the structurally funded share of their FTE,
 * reach per 1,000 clients a year), for all organisations and per size band.
 */
export const registryNetworkSection: NetworkSectionProvider = {
  key: 'registry',
  async load(db, members) {
    const today = todayIso();
    const lastYear = String(new Date().getUTCFullYear() - 1);
    const sizes = new Map(
      (
        await db
          .select({
            orgId: organisations.id,
            staffFte: organisations.staffFte,
            clientsPerYear: organisations.clientsPerYear,
          })
          .from(organisations)
      ).map(({ orgId, ...size }) => [orgId, size]),
    );
    const people = groupBy(
      await db
        .select({ orgId: registryPeople.orgId, ...factColumns, hoursPerWeek: registryPeople.hoursPerWeek })
        .from(registryPeople)
        .where(isNull(registryPeople.endedOn)),
    );
    const activityCounts = new Map(
      (
        await db.select({ orgId: activities.orgId, n: count() }).from(activities).groupBy(activities.orgId)
      ).map((row) => [row.orgId, Number(row.n)]),
    );
    const reach = new Map(
      (
        await db
          .select({ orgId: activityReach.orgId, participants: sum(activityReach.participants) })
          .from(activityReach)
          .where(like(activityReach.quarter, `${lastYear}-Q%`))
          .groupBy(activityReach.orgId)
      ).map((row) => [row.orgId, Number(row.participants)]),
    );

    const values = new Map<string, Record<RegistryMetric, number | null>>();
    const bands = new Map<string, SizeBand | null>();
    for (const { orgId } of members) {
      const own = people.get(orgId) ?? [];
      const activityCount = activityCounts.get(orgId) ?? 0;
      if (own.length === 0 && activityCount === 0) continue;
      // The figures used here do not depend on the organisation's registration settings.
      const facts = computeRegistryFacts(own as RegistryPersonFacts[], today, []);
      const size = sizes.get(orgId) ?? { staffFte: null, clientsPerYear: null };
      const experts = own.filter((person) => person.kind === 'expert');
      const hours = (list: typeof own) =>
        list.reduce((total, person) => total + (person.hoursPerWeek ?? 0), 0);
      const fair = fairFigures(
        {
          experts: experts.length,
          expertHours: hours(experts),
          structuralExpertHours: hours(experts.filter((person) => person.fundingSource === 'structural')),
          registeredExperts: experts.filter(
            (e) => e.registrationNumber !== null && (e.registrationExpiresOn ?? '') >= today,
          ).length,
          reachLastYear: reach.get(orgId) ?? null,
        },
        size,
      );
      bands.set(orgId, sizeBandOf(size.staffFte));
      values.set(orgId, {
        ...fair,
        experts: facts.experts,
        levelsCovered: facts.levelsCovered,
        phasesCovered: new Set(own.flatMap((person) => person.phases)).size,
        rolesCovered: new Set(own.flatMap((person) => person.roles)).size,
        registeredShare: facts.registeredShare,
        structuralShare: facts.structuralShare,
        activities: activityCount,
        reachLastYear: reach.get(orgId) ?? null,
      });
    }
    const optedOut = new Map(members.map((m) => [m.orgId, m.optedOut]));
    return {
      key: 'registry',
      metrics: [
        ...registryMetrics.map(
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
        // Per size band: only the organisations of that band, so each band's figure stands on its own
        // five organisations or is withheld.
        ...fairMetrics.flatMap(([key, unit]) =>
          sizeBands.map(
            (band): MetricInput => ({
              key: `registry.${key}.${band.key}`,
              unit,
              current: [...values]
                .filter(([orgId]) => bands.get(orgId) === band.key)
                .map(([orgId, v]) => ({ orgId, value: v[key], optedOut: optedOut.get(orgId) ?? false })),
              history: [],
            }),
          ),
        ),
      ],
      distributions: [],
    };
  },
};
