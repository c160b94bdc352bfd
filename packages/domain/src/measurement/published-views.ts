import type { HiddenReason } from './disclosure.ts';
import type { PublishedItem } from './item-results.ts';
import type { PublishedGroup, PublishedScale, PublishedSensitive, PublishedWave } from './publication.ts';

export const breakdowns = ['none', 'team', 'perspective'] as const;
export type Breakdown = (typeof breakdowns)[number];

/** A group as a view shows it: its figures, or why it is hidden. */
export type Cell =
  | {
      visible: true;
      n: number;
      declared: number;
      viaSharedLink: boolean;
      scales: Record<string, PublishedScale>;
      /** Item results (absent for a wave published before they existed). */
      items?: Record<string, PublishedItem>;
    }
  | { visible: false; reason: HiddenReason; declared: number };

/** One predefined breakdown of a published wave: the groups a page, export or report shows. */
export type WaveResults = {
  breakdown: Breakdown;
  total: Cell;
  /** Per team (`key` the team id, or `noTeam`; `label` its name when the wave closed) or perspective. */
  groups: Array<{ key: string; label?: string; cell: Cell }>;
  sensitive: PublishedSensitive[];
};

export function cellOf(group: PublishedGroup): Cell {
  if (!group.visibility.visible)
    return { visible: false, reason: group.visibility.reason, declared: group.declared };
  return {
    visible: true,
    n: group.n ?? 0,
    declared: group.declared,
    viaSharedLink: group.viaSharedLink,
    scales: group.scales,
    ...(group.items ? { items: group.items } : {}),
  };
}

/**
 * One breakdown of a published wave. Every view reads the same published groups: the whole wave,
 * the teams or the perspectives, never a mix made up on the spot.
 */
export function viewPublishedWave(published: PublishedWave, breakdown: Breakdown): WaveResults {
  const total = published.groups.find((group) => group.kind === 'total');
  if (!total) throw new Error('a published wave always has its total');
  const kind = breakdown === 'team' ? 'team' : 'perspective';
  const groups =
    breakdown === 'none'
      ? []
      : published.groups
          .filter((group) => group.kind === kind)
          .map((group) => ({
            key: kind === 'team' ? (group.teamId ?? 'noTeam') : (group.perspective ?? ''),
            ...(group.label !== undefined ? { label: group.label } : {}),
            cell: cellOf(group),
          }));
  return { breakdown, total: cellOf(total), groups, sensitive: published.sensitive };
}

/** The whole wave's shown mean per scale (null: hidden or no figure), for comparisons and the network. */
export function publishedMeans(
  published: PublishedWave,
): Record<string, { mean: number | null; n: number } | null> {
  const total = published.groups.find((group) => group.kind === 'total');
  if (!total?.visibility.visible) return {};
  return Object.fromEntries(
    Object.entries(total.scales).map(([key, figure]) => [
      key,
      'hidden' in figure ? null : { mean: figure.mean, n: figure.n },
    ]),
  );
}
