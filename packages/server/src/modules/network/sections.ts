import {
  computeRoadmapMaturity,
  type DatedContribution,
  type ItemStatus,
  type MetricInput,
  maturityStages,
  type SectionInput,
  statusesAt,
  stepKeys,
} from '@derde-bron/domain';
import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { publishedTotals, type WaveTotals } from '../measurement/published-totals.ts';
import { measurementWaves } from '../measurement/table.ts';
import { instruments } from '../measurement/waves.ts';
import { organisations } from '../organisations/table.ts';
import { registrySection } from '../registry/network-section.ts';
import { roadmapItemHistory, roadmapItems } from '../roadmap/table.ts';

export type MemberOrganisation = { orgId: string; optedOut: boolean };

/**
 * A module's contribution to the network figures: every organisation's own values, read across
 * organisations (system work, as the owner role, outside any tenant). The rules (five
 * organisations, opt-outs, no names) are applied afterwards, by the domain, for every section alike.
 */
export type NetworkSectionProvider = {
  key: string;
  load(db: Db, members: readonly MemberOrganisation[]): Promise<SectionInput>;
};

const stepOrder = (stepKey: string) => stepKeys.indexOf(stepKey as (typeof stepKeys)[number]);

/** Roadmap: progress and maturity per step and overall, and overall progress per year from the history. */
export const roadmapSection: NetworkSectionProvider = {
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
    const maturityOf = (rows: Array<{ stepKey: string; status: ItemStatus }>) => {
      const steps = [...new Set(rows.map((r) => r.stepKey))].sort((a, b) => stepOrder(a) - stepOrder(b));
      return computeRoadmapMaturity(
        steps.map((stepKey) => ({
          stepKey: stepKey as (typeof stepKeys)[number],
          statuses: rows.filter((r) => r.stepKey === stepKey).map((r) => r.status),
        })),
      );
    };
    const maturity = new Map([...byOrg].map(([orgId, rows]) => [orgId, maturityOf(rows)]));

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

/**
 * Measurement: per scale, each organisation's mean in its latest closed wave (only where its own
 * results page shows it: the wave's thresholds), weighted by the respondents behind it so that no
 * organisation makes up most of a figure; the trend uses every closed wave, by the year it closed.
 */
export const measurementSection: NetworkSectionProvider = {
  key: 'measurement',
  async load(db, members) {
    const optedOut = new Map(members.map((m) => [m.orgId, m.optedOut]));
    // Published waves only: their results were worked out once, over all their views, when they closed.
    const waves = (await db.select().from(measurementWaves).orderBy(asc(measurementWaves.closesOn))).filter(
      (wave) => optedOut.has(wave.orgId) && wave.published !== null,
    );
    const scaleKeys = [
      ...new Set([...instruments.values()].flatMap((instrument) => instrument.scales.map((s) => s.key))),
    ];
    const latest = new Map<string, { date: string; scales: WaveTotals['scales'] }>();
    const history = new Map<string, DatedContribution[]>(scaleKeys.map((key) => [key, []]));
    for (const wave of waves) {
      const totals = publishedTotals(wave);
      if (!totals) continue;
      const date = wave.closedAt ? wave.closedAt.toISOString().slice(0, 10) : wave.closesOn;
      const current = latest.get(wave.orgId);
      if (!current || current.date <= date) latest.set(wave.orgId, { date, scales: totals.scales });
      for (const key of scaleKeys) {
        const scale = totals.scales[key];
        history.get(key)?.push({
          orgId: wave.orgId,
          date,
          value: scale?.mean ?? null,
          weight: scale?.n ?? 0,
          optedOut: optedOut.get(wave.orgId) ?? false,
        });
      }
    }
    return {
      key: 'measurement',
      metrics: scaleKeys.map((key) => ({
        key: `scale.${key}`,
        unit: 'score' as const,
        current: [...latest].map(([orgId, wave]) => ({
          orgId,
          value: wave.scales[key]?.mean ?? null,
          weight: wave.scales[key]?.n ?? 0,
          optedOut: optedOut.get(orgId) ?? false,
        })),
        history: history.get(key) ?? [],
      })),
      distributions: [],
    };
  },
};

/**
 * The sections of the network dashboard, the comparison and the network report, in order. A module
 * adds its figures as one provider here (metrics: one value per organisation; distributions); the
 * rules, API, pages and report then show it with no other change.
 */
export const networkSectionProviders: readonly NetworkSectionProvider[] = [
  roadmapSection,
  measurementSection,
  registrySection,
];

export async function listMemberOrganisations(db: Db): Promise<MemberOrganisation[]> {
  const rows = await db
    .select({ orgId: organisations.id, optedOut: organisations.benchmarkOptedOut })
    .from(organisations);
  return rows;
}

/** Every section's input, for all member organisations. */
export async function loadNetworkInputs(
  db: Db,
  /** All member organisations unless given (tests and the benchmark pass a set of their own). */
  members?: readonly MemberOrganisation[],
  providers = networkSectionProviders,
): Promise<SectionInput[]> {
  const counted = members ?? (await listMemberOrganisations(db));
  const inputs: SectionInput[] = [];
  for (const provider of providers) inputs.push(await provider.load(db, counted));
  return inputs;
}
