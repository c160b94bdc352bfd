import type { DatedContribution } from '@derde-bron/domain';
import { asc } from 'drizzle-orm';
import type { NetworkSectionProvider } from '../network/index.ts';
import { publishedTotals, type WaveTotals } from './published-totals.ts';
import { measurementWaves } from './table.ts';
import { instruments } from './waves.ts';

/**
 * Measurement: per scale, each organisation's mean in its latest closed wave (only where its own
 * results page shows it: the wave's thresholds), weighted by the respondents behind it so that no
 * organisation makes up most of a figure; the trend uses every closed wave, by the year it closed.
 */
export const measurementNetworkSection: NetworkSectionProvider = {
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
