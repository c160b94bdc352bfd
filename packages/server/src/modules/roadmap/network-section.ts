import {
  computeRoadmapMaturity,
  type DatedContribution,
  type FrameworkContent,
  type ItemStatus,
  isOptionalItem,
  type MaturityEvidence,
  type MetricInput,
  maturityStages,
  noEvidence,
  type RegistryFacts,
  statusesAt,
  stepKeys,
} from '@derde-bron/domain';
import { isNull } from 'drizzle-orm';
import { frameworkVersions } from '../../db/schema.ts';
import type { NetworkSectionProvider } from '../network/index.ts';
import { overviewFacts } from './overview-facts.ts';
import { roadmapItemHistory, roadmapItems, roadmaps } from './table.ts';

const stepOrder = (stepKey: string) => stepKeys.indexOf(stepKey as (typeof stepKeys)[number]);

/**
 * Roadmap: progress and stage per step and overall, and overall progress per year from the history.
 * The stage is the honest one of the roadmap page: optional items by the organisation's framework
 * version, and the same evidence and registry facts (read per organisation, as system work).
 */
export const roadmapNetworkSection: NetworkSectionProvider = {
  key: 'roadmap',
  async load(db, members) {
    const optedOut = new Map(members.map((m) => [m.orgId, m.optedOut]));
    const items = await db
      .select({
        orgId: roadmapItems.orgId,
        itemKey: roadmapItems.itemKey,
        stepKey: roadmapItems.stepKey,
        status: roadmapItems.status,
      })
      .from(roadmapItems)
      .where(isNull(roadmapItems.retiredAt));
    const history = await db
      .select({
        orgId: roadmapItemHistory.orgId,
        itemKey: roadmapItemHistory.itemKey,
        changedAt: roadmapItemHistory.changedAt,
        changes: roadmapItemHistory.changes,
      })
      .from(roadmapItemHistory);

    const byOrg = new Map<string, Array<{ itemKey: string; stepKey: string; status: ItemStatus }>>();
    for (const item of items) {
      if (!optedOut.has(item.orgId)) continue;
      const list = byOrg.get(item.orgId);
      if (list) list.push(item);
      else byOrg.set(item.orgId, [item]);
    }
    const contents = new Map(
      (await db.select().from(frameworkVersions)).map((row) => [
        row.version,
        row.content as FrameworkContent,
      ]),
    );
    const versionOf = new Map(
      (await db.select().from(roadmaps)).map((row) => [row.orgId, row.frameworkVersion]),
    );
    const factsOf = new Map<string, { registry: RegistryFacts | null; evidence: MaturityEvidence }>();
    for (const orgId of byOrg.keys()) {
      const facts = await db.transaction((tx) => overviewFacts(tx, orgId));
      factsOf.set(orgId, facts);
    }
    const maturityOf = (
      orgId: string,
      rows: Array<{ itemKey: string; stepKey: string; status: ItemStatus }>,
    ) => {
      const content = contents.get(versionOf.get(orgId) ?? 1);
      const facts = factsOf.get(orgId);
      const steps = [...new Set(rows.map((r) => r.stepKey))].sort((a, b) => stepOrder(a) - stepOrder(b));
      return computeRoadmapMaturity(
        steps.map((stepKey) => ({
          stepKey: stepKey as (typeof stepKeys)[number],
          items: rows
            .filter((r) => r.stepKey === stepKey)
            .map((r) => ({
              status: r.status,
              optional: content ? isOptionalItem(content, r.itemKey) : false,
            })),
        })),
        facts?.registry ?? null,
        facts?.evidence ?? noEvidence,
      );
    };
    const maturity = new Map([...byOrg].map(([orgId, rows]) => [orgId, maturityOf(orgId, rows)]));

    // The overall progress at the end of each year with changes, rebuilt from the history.
    const historyByOrg = new Map<string, typeof history>();
    for (const entry of history)
      historyByOrg.set(entry.orgId, [...(historyByOrg.get(entry.orgId) ?? []), entry]);
    const overallHistory: DatedContribution[] = [];
    for (const [orgId, rows] of byOrg) {
      const entries = (historyByOrg.get(orgId) ?? []).map((e) => ({
        itemKey: e.itemKey,
        changedAt: e.changedAt.toISOString(),
        changes: e.changes,
      }));
      const years = [...new Set(entries.map((e) => Number(e.changedAt.slice(0, 4))))];
      for (const year of years) {
        const day = `${year}-12-31`;
        const statuses = statusesAt(
          rows.map((r) => r.itemKey),
          entries,
          day,
        );
        const state = maturityOf(
          orgId,
          rows.map((r) => ({ ...r, status: statuses.get(r.itemKey) ?? 'notStarted' })),
        );
        overallHistory.push({
          orgId,
          date: day,
          value: state.overall.percent,
          optedOut: optedOut.get(orgId) ?? false,
        });
      }
    }

    const contribution = (orgId: string, value: number | null) => ({
      orgId,
      value,
      optedOut: optedOut.get(orgId) ?? false,
    });
    const metrics: MetricInput[] = [
      {
        key: 'overallProgress',
        unit: 'percent',
        current: [...maturity].map(([orgId, m]) => contribution(orgId, m.overall.percent)),
        history: overallHistory,
      },
      ...stepKeys.map(
        (stepKey): MetricInput => ({
          key: `stepProgress.${stepKey}`,
          unit: 'percent',
          current: [...maturity].map(([orgId, m]) =>
            contribution(orgId, m.steps.find((s) => s.stepKey === stepKey)?.progress.percent ?? null),
          ),
          history: [],
        }),
      ),
    ];
    return {
      key: 'roadmap',
      metrics,
      distributions: [
        {
          key: 'stage.organisation',
          categories: maturityStages,
          entries: [...maturity].map(([orgId, m]) => ({ ...contribution(orgId, null), category: m.stage })),
        },
        ...stepKeys.map((stepKey) => ({
          key: `stage.${stepKey}`,
          categories: maturityStages,
          entries: [...maturity].map(([orgId, m]) => ({
            ...contribution(orgId, null),
            category: m.steps.find((s) => s.stepKey === stepKey)?.stage ?? null,
          })),
        })),
      ],
    };
  },
};
