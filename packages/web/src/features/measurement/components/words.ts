import type { Breakdown, Perspective } from '@derde-bron/domain';
import type { TFunction } from 'i18next';
import type { GroupProgress, WaveGroup } from '../api/get-groups.ts';
import type { Wave } from '../api/get-waves.ts';

/** The page paths of this feature. Nothing about a respondent ever goes into them. */
export const wavesPath = '/organisatie/metingen';
export const wavePath = (waveId: string) => `${wavesPath}/${encodeURIComponent(waveId)}`;
export const resultsPath = (waveId: string) => `${wavePath(waveId)}/uitslagen`;
export const notesPath = `${wavesPath}/gesprekken`;
export const itemResultsPath = (waveId: string) => `${wavePath(waveId)}/vragen`;
export const feedbackListPath = '/organisatie/terugkoppeling';
export const feedbackPath = (waveId: string) => `${feedbackListPath}/${encodeURIComponent(waveId)}`;

/** Rounds to one decimal, like the server does for every shown mean and difference. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The difference between two shown (rounded) means, so that it always matches the numbers beside
 * it; null when either is missing or hidden.
 */
export function gap(mean: number | null | undefined, reference: number | null | undefined): number | null {
  if (mean === null || mean === undefined || reference === null || reference === undefined) return null;
  return round1(mean - reference);
}

/**
 * The name of a group in a breakdown: a perspective in words, or a team by its name as it was when
 * the wave closed (from the published results, never today's team list); a team removed before
 * that has no name left.
 */
export function groupName(
  breakdown: Breakdown,
  group: { key: string; label?: string | undefined },
  t: TFunction,
): string {
  if (breakdown === 'perspective') return perspectiveName(group.key, t);
  if (group.key === 'noTeam') return t('measurement.results.noTeam');
  return group.label || t('measurement.results.removedTeam');
}

export function perspectiveName(key: string, t: TFunction): string {
  return t(`measurement.perspectives.${key as Perspective}`, { defaultValue: key });
}

/** The order in which groups are listed: teams by name, perspectives as in the domain list. */
export function sortGroups<G extends { key: string }>(
  groups: readonly G[],
  name: (key: string) => string,
  order: readonly string[] = [],
): G[] {
  const position = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return [...groups].sort(
    (a, b) => position(a.key) - position(b.key) || name(a.key).localeCompare(name(b.key)),
  );
}

/**
 * The scales with a scored question for any of these perspectives: a scale nobody in the group was
 * asked (such as management's self-assessment in a staff-only wave) is left out rather than shown
 * as an empty row.
 */
export function scalesAskedOf<Scale extends { key: string }>(
  instrument: {
    scales: readonly Scale[];
    items: ReadonlyArray<{ scaleKey: string; kind: string; perspectives: readonly string[] }>;
  },
  perspectiveKeys: readonly string[],
): Scale[] {
  return instrument.scales.filter((scale) =>
    instrument.items.some(
      (item) =>
        item.scaleKey === scale.key &&
        item.kind === 'likert' &&
        item.perspectives.some((p) => perspectiveKeys.includes(p)),
    ),
  );
}

/** A wave group's team in words: its name, or that it is for no team (the whole organisation). */
export function teamOfGroup(group: Pick<WaveGroup, 'teamId' | 'teamName'>, t: TFunction): string {
  if (group.teamId === null) return t('measurement.groups.noTeam');
  return group.teamName ?? t('measurement.results.removedTeam');
}

/** A wave group in words, e.g. "Team Oost, medewerkers", for labels and messages. */
export function describeGroup(
  group: Pick<WaveGroup, 'teamId' | 'teamName' | 'perspective'>,
  t: TFunction,
): string {
  return t('measurement.groups.name', {
    team: teamOfGroup(group, t),
    perspective: t(`measurement.perspectivesInText.${group.perspective}`),
  });
}

/** How far a group is, in words: no count under the threshold, only what is still needed. */
export function progressText(progress: GroupProgress, t: TFunction): string {
  switch (progress.state) {
    case 'enough':
      return t('measurement.groups.enough');
    case 'needed':
      return t('measurement.groups.needed', { count: progress.needed });
    case 'closed':
      return '';
  }
}

/**
 * How many answered a wave: the count so far while open, the published total once closed, or,
 * when the whole wave is under the threshold and its total is hidden, only that it is fewer.
 */
export function responseCountText(
  wave: Pick<Wave, 'responseCount' | 'thresholds'>,
  t: TFunction,
  form: 'long' | 'short' = 'long',
): string {
  if (wave.responseCount === null) return t('measurement.wave.fewerThan', { min: wave.thresholds.minCell });
  return form === 'short'
    ? String(wave.responseCount)
    : t('measurement.wave.responseCount', { count: wave.responseCount });
}
