import {
  type Coverage,
  compareLikeForLike,
  computeCoverage,
  computeSignals,
  countSignals,
  type Formation,
  type FrameworkContent,
  hasReportData,
  type MaturityStage,
  type Perspective,
  type SignalKey,
  todayIso,
} from '@derde-bron/domain';
import { and, asc, count, eq, gte, lt } from 'drizzle-orm';
import { foundRow } from '../../db/rows.ts';
import { measurementWaves, organisations, roadmapEvidence, roadmapItemHistory } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http-error.ts';
import { instruments, publishedTotals } from '../measurement/index.ts';
import { loadMonitor } from '../monitor/index.ts';
import {
  coverageGroups,
  formationOf,
  getSettings,
  listActivities,
  listSignalFacts,
} from '../registry/index.ts';
import {
  buildOverview,
  ensureRoadmap,
  getFrameworkContent,
  listGoalsWithOwners,
  listItems,
  overviewFacts,
} from '../roadmap/index.ts';

type Localized = { nl: string; en: string };

/** Everything an implementation report shows, read inside the organisation's tenant transaction. */
export type ReportData = {
  organisationName: string;
  year: number | null;
  content: FrameworkContent;
  roadmap: ReturnType<typeof buildOverview>;
  /** The implementatiemonitor's latest cycle, begin against end, and the team that judged it. */
  monitor: {
    team: Array<{ name: string; teamRole: 'coordinator' | 'management' | 'expertDelegate' }>;
    comparison: Awaited<ReturnType<typeof loadMonitor>>['comparison'];
  };
  goals: Array<{
    stepKey: string;
    title: string;
    ownerName: string | null;
    deadline: string | null;
    status: 'open' | 'inProgress' | 'done';
    achieved: 'yes' | 'partly' | 'no' | null;
  }>;
  waves: Array<{
    id: string;
    title: string;
    kind: 'baseline' | 'followUp';
    closedOn: string;
    /** Null when the wave's total is hidden: then not even its size is shown. */
    responseCount: number | null;
    totalVisible: boolean;
    scales: Array<{ key: string; title: Localized; mean: number | null; n: number | null }>;
  }>;
  comparison: null | {
    baselineTitle: string;
    laterTitle: string;
    /** Like for like: per perspective both waves asked, the scales both instrument versions share. */
    rows: Array<{
      perspective: Perspective;
      title: Localized;
      baseline: number | null;
      later: number | null;
      difference: number | null;
    }>;
  };
  evidence: Array<{ itemKey: string; title: string; url: string | null }>;
  stage: MaturityStage;
  /** The registry as counts only: coverage, how many signals of each kind, activities and their reach. */
  registry: {
    coverage: Coverage;
    signals: Record<SignalKey, number>;
    activities: Array<{
      activityKey: string | null;
      name: string | null;
      phases: string[];
      participants: number;
    }>;
  };
  /** The formatieplan against the registry today (targets, budget by source, the gap to the 2030 aim). */
  formation: Formation;
};

const closedOn = (wave: { closedAt: Date | null; closesOn: string }) =>
  wave.closedAt && wave.closedAt.toISOString().slice(0, 10) < wave.closesOn
    ? wave.closedAt.toISOString().slice(0, 10)
    : wave.closesOn;

/**
 * Reads the report's facts for a calendar year (or everything so far). Measurement figures are the
 * closed waves' whole-organisation totals through the same rules as the results page; the
 * comparison with the 0-meting uses only shown means, as on screen. Throws `reportNoData` when
 * nothing was recorded in the period.
 */
export async function loadReportData(tx: Tx, orgId: string, year: number | null): Promise<ReportData> {
  const organisation = foundRow(
    await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId)),
  );
  const inYear = <T extends { date: string }>(rows: T[]) =>
    year === null ? rows : rows.filter((row) => row.date.startsWith(`${year}-`));

  const historyWhere =
    year === null
      ? eq(roadmapItemHistory.orgId, orgId)
      : and(
          eq(roadmapItemHistory.orgId, orgId),
          gte(roadmapItemHistory.changedAt, new Date(`${year}-01-01T00:00:00Z`)),
          lt(roadmapItemHistory.changedAt, new Date(`${year + 1}-01-01T00:00:00Z`)),
        );
  const [changes] = await tx.select({ n: count() }).from(roadmapItemHistory).where(historyWhere);
  const goalRows = await listGoalsWithOwners(tx, orgId);
  // A goal belongs to a year when it was set or is due in it.
  const goals =
    year === null
      ? goalRows
      : goalRows.filter(
          (g) => g.createdAt.getUTCFullYear() === year || (g.deadline?.startsWith(`${year}-`) ?? false),
        );
  const waveRows = inYear(
    (await tx.select().from(measurementWaves).where(eq(measurementWaves.orgId, orgId)))
      .filter((wave) => wave.published !== null)
      .map((wave) => ({ wave, date: closedOn(wave) })),
  ).sort((a, b) => a.date.localeCompare(b.date));

  if (!hasReportData({ roadmapChanges: changes?.n ?? 0, goals: goals.length, closedWaves: waveRows.length }))
    throw notFound('reportNoData');

  const roadmapRow = await ensureRoadmap(tx, orgId);
  const content = await getFrameworkContent(tx, roadmapRow?.frameworkVersion ?? 1);
  const roadmap = buildOverview({
    content,
    items: await listItems(tx, orgId),
    goals: goalRows,
    // The same facts as the roadmap page, so the report shows the same (honest) stage and advice.
    ...(await overviewFacts(tx, orgId)),
  });

  const waves: ReportData['waves'] = [];
  const publishedById = new Map(waveRows.map(({ wave }) => [wave.id, wave]));
  for (const { wave, date } of waveRows) {
    const totals = publishedTotals(wave);
    if (!totals) continue;
    const instrument = instruments.get(wave.instrumentVersion);
    waves.push({
      id: wave.id,
      title: wave.title,
      kind: wave.kind,
      closedOn: date,
      responseCount: totals.responseCount,
      totalVisible: totals.totalVisible,
      scales: (instrument?.scales ?? []).map((scale) => ({
        key: scale.key,
        title: scale.title,
        mean: totals.scales[scale.key]?.mean ?? null,
        n: totals.scales[scale.key]?.n ?? null,
      })),
    });
  }
  const baseline = waves.find((w) => w.kind === 'baseline');
  // The latest later wave whose results are shown at all; a wave under its threshold compares as nothing.
  const latest = [...waves].reverse().find((w) => w !== baseline && w.totalVisible);
  const sideOf = (id: string) => {
    const row = publishedById.get(id);
    const instrument = row ? instruments.get(row.instrumentVersion) : undefined;
    return row?.published && instrument ? { published: row.published, instrument } : null;
  };
  const before = baseline ? sideOf(baseline.id) : null;
  const after = latest ? sideOf(latest.id) : null;
  const comparison =
    baseline && latest && before && after
      ? {
          baselineTitle: baseline.title,
          laterTitle: latest.title,
          rows: compareLikeForLike(before, after)
            .rows.filter((row) => row.kind === 'scale')
            .map((row) => ({
              perspective: row.perspective,
              title: after.instrument.scales.find((s) => s.key === row.key)?.title ?? {
                nl: row.key,
                en: row.key,
              },
              baseline: row.baseline,
              later: row.later,
              difference: row.difference,
            })),
        }
      : null;

  const settings = await getSettings(tx, orgId);
  const today = todayIso();
  const signalsPerPerson = (await listSignalFacts(tx, orgId)).map((person) =>
    computeSignals(person, today, settings.rolesRequiringRegistration, settings),
  );
  // Reach in the report's year (or every quarter so far): participants counted, never who.
  const registry: ReportData['registry'] = {
    coverage: computeCoverage(await coverageGroups(tx, orgId), settings.levelsPresent),
    signals: countSignals(signalsPerPerson.filter((signals) => signals.length > 0)),
    activities: (await listActivities(tx, orgId)).map((activity) => ({
      activityKey: activity.activityKey,
      name: activity.name,
      phases: activity.phases,
      participants: activity.reach
        .filter((r) => year === null || r.quarter.startsWith(`${year}-`))
        .reduce((total, r) => total + r.participants, 0),
    })),
  };

  const evidence = await tx
    .select({ itemKey: roadmapEvidence.itemKey, title: roadmapEvidence.title, url: roadmapEvidence.url })
    .from(roadmapEvidence)
    .where(eq(roadmapEvidence.orgId, orgId))
    .orderBy(asc(roadmapEvidence.createdAt));

  const monitor = await loadMonitor(tx, orgId);

  return {
    organisationName: organisation.name,
    year,
    content,
    roadmap,
    monitor: {
      team: monitor.team.map(({ name, teamRole }) => ({ name, teamRole })),
      comparison: monitor.comparison,
    },
    goals,
    waves,
    comparison,
    evidence,
    stage: roadmap.stage,
    registry,
    formation: (await formationOf(tx, orgId)).formation,
  };
}
