import type { StepKey } from '../framework/schema.ts';
import type { PublishedWave } from '../measurement/publication.ts';
import type { MonitorContent } from './content.ts';
import type { MonitorLevel } from './levels.ts';

/**
 * The gap between the team's judgement of a step and what staff said on the matching scales. Both are
 * put on 0–100 (the team's 1–4 and the staff's mean of 1–5), so the gap is an indication for the
 * conversation, not a measurement: the two scales ask different things.
 */
export type StepGap = {
  stepKey: StepKey;
  team: number | null;
  staff: number | null;
  /** Team minus staff: above 0, the team sees the step further along than staff do. */
  gap: number | null;
};

export const teamPercent = (score: MonitorLevel) => Math.round(((score - 1) / 3) * 100);
export const staffPercent = (mean: number, reverse = false) => {
  const percent = ((mean - 1) / 4) * 100;
  return Math.round(reverse ? 100 - percent : percent);
};

export function computeGaps(
  content: MonitorContent,
  teamScores: Partial<Record<StepKey, MonitorLevel | null>>,
  staffMeans: Readonly<Record<string, number | null | undefined>>,
): StepGap[] {
  return content.steps.map((step) => {
    const score = teamScores[step.stepKey];
    const team = score == null ? null : teamPercent(score);
    const shown = step.matchingScales
      .map((scale) => {
        const mean = staffMeans[scale.scaleKey];
        return mean == null ? null : staffPercent(mean, scale.reverse);
      })
      .filter((value): value is number => value !== null);
    const staff = shown.length === 0 ? null : Math.round(shown.reduce((a, b) => a + b, 0) / shown.length);
    return { stepKey: step.stepKey, team, staff, gap: team === null || staff === null ? null : team - staff };
  });
}

/**
 * What staff said, from a published wave only: the staff perspective's means where that group is
 * shown; a wave that asks staff alone (instrument v2) has the whole wave as its staff. A hidden group
 * or scale gives nothing (docs/anonymity.md: only published cells).
 */
export function staffMeansOf(published: PublishedWave, wavePerspectives: readonly string[]) {
  const staffOnly = wavePerspectives.length === 1 && wavePerspectives[0] === 'staff';
  const group =
    published.groups.find(
      (g) => g.kind === 'perspective' && g.perspective === 'staff' && g.visibility.visible,
    ) ?? (staffOnly ? published.groups.find((g) => g.kind === 'total' && g.visibility.visible) : undefined);
  if (!group) return {};
  const means: Record<string, number> = {};
  for (const [key, figure] of Object.entries(group.scales)) {
    if (!('hidden' in figure) && figure.mean !== null) means[key] = figure.mean;
  }
  return means;
}
