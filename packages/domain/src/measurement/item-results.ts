/**
 * Item-level results: how one Likert question was answered, per published group. They are worked
 * out at close with the rest of the publication and follow the same pattern (docs/anonymity.md):
 * an item is shown only in a group the wave shows, and whose scale figure the wave shows, and then
 * only if no group under the threshold can be derived from every item figure shown, by sums and
 * differences over the cells that were asked the item. Counts carry noise, like the means.
 * Sensitive items are not here: they keep their own protection (randomized response, the whole wave
 * only, from `minSensitiveCell` answers). Open answers are never item results.
 */
import {
  type DisclosureCell,
  findDerivableSmallGroup,
  type HiddenReason,
  suppressLinkedGroups,
} from './disclosure.ts';
import { dontKnow, isLikertValue, type Perspective, type ResponseAnswers } from './instrument.ts';
import { cellKeyOf, laplace, type PublishedGroup, type PublishedWave, sumNoiseScale } from './publication.ts';

/** 1..5 and "weet ik niet": the answers a Likert item can get. */
export const itemAnswerKeys = ['1', '2', '3', '4', '5', dontKnow] as const;
export type ItemAnswerKey = (typeof itemAnswerKeys)[number];
export type ItemCounts = Record<ItemAnswerKey, number>;

/** One Likert item in one group: people with an answer 1..5, their (noisy) mean and spread. */
export type PublishedItem =
  | {
      n: number;
      mean: number;
      /** Whole percentages of the answers 1..5 (from noisy counts; they add up to about 100). */
      shares: Record<'1' | '2' | '3' | '4' | '5', number>;
      dontKnowShare: number;
    }
  | { hidden: HiddenReason };

/** Noise on each count of a spread: one person moves one count by one. */
export const countNoiseScale = 1;

type ItemDef = { key: string; scaleKey: string; kind: string; perspectives: readonly Perspective[] };

const emptyCounts = (): ItemCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, [dontKnow]: 0 });
const substantive = (counts: ItemCounts) => counts[1] + counts[2] + counts[3] + counts[4] + counts[5];

/** Answers per Likert item, added up per cell (team × perspective): cell key → item key → counts. */
export function tallyItemsByCell(
  responses: ReadonlyArray<{ teamId: string | null; perspective: Perspective; answers: ResponseAnswers }>,
  items: readonly ItemDef[],
): Map<string, Map<string, ItemCounts>> {
  const likert = items.filter((item) => item.kind === 'likert');
  const out = new Map<string, Map<string, ItemCounts>>();
  for (const response of responses) {
    const key = cellKeyOf(response);
    const cell = out.get(key) ?? new Map<string, ItemCounts>();
    out.set(key, cell);
    for (const item of likert) {
      const answer = response.answers[item.key];
      if (answer === undefined) continue;
      const counts = cell.get(item.key) ?? emptyCounts();
      if (answer === dontKnow) counts[dontKnow]++;
      else if (isLikertValue(answer)) counts[String(answer) as '1']++;
      else continue;
      cell.set(item.key, counts);
    }
  }
  return out;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The cells each item was answered in, with the people who gave it 1..5 (what the threshold counts). */
function itemCells(cellTallies: ReadonlyMap<string, ReadonlyMap<string, ItemCounts>>, itemKey: string) {
  const cells: DisclosureCell[] = [];
  for (const [key, byItem] of cellTallies) {
    const counts = byItem.get(itemKey);
    if (counts && substantive(counts) + counts[dontKnow] > 0)
      cells.push({ key, weight: substantive(counts) });
  }
  return cells;
}

/**
 * Adds the item results to a published wave. Per item: the groups hidden by headcount or for the
 * item's scale stay hidden; over the cells asked the item, `suppressLinkedGroups` decides the rest.
 */
export function publishItemResults(input: {
  published: PublishedWave;
  items: readonly ItemDef[];
  cellTallies: ReadonlyMap<string, ReadonlyMap<string, ItemCounts>>;
  uniform: (key: string) => number;
}): PublishedWave {
  const { published, cellTallies, uniform } = input;
  const threshold = published.thresholds.minCell;
  const total = published.groups.find((group) => group.kind === 'total');
  const others = published.groups.filter((group) => group.kind !== 'total');
  const itemsByGroup = new Map<string, Record<string, PublishedItem>>(
    published.groups.map((g) => [g.id, {}]),
  );

  for (const item of input.items.filter((i) => i.kind === 'likert')) {
    const cells = itemCells(cellTallies, item.key);
    if (cells.length === 0 || !total) continue;
    const asked = new Set(cells.map((cell) => cell.key));
    const restrict = (group: PublishedGroup) => ({
      id: group.id,
      cells: group.cells.filter((key) => asked.has(key)),
    });
    const scaleHidden = (group: PublishedGroup) => {
      const figure = group.scales[item.scaleKey];
      return !group.visibility.visible || figure === undefined || 'hidden' in figure;
    };
    const totalFigure = total.scales[item.scaleKey];
    const pattern = scaleHidden(total)
      ? new Map(
          [total, ...others].map((group) => [
            group.id,
            {
              visible: false as const,
              reason:
                (totalFigure && 'hidden' in totalFigure ? totalFigure.hidden : null) ??
                (total.visibility.visible ? 'tooFew' : total.visibility.reason),
            },
          ]),
        )
      : suppressLinkedGroups({
          cells,
          total: restrict(total),
          groups: others.map(restrict).filter((group) => group.cells.length > 0),
          threshold,
          hiddenFirst: new Set(others.filter(scaleHidden).map((group) => group.id)),
        });

    for (const group of published.groups) {
      const members = group.cells.filter((key) => asked.has(key));
      if (members.length === 0 || !group.visibility.visible) continue;
      const shown = pattern.get(group.id);
      const out = itemsByGroup.get(group.id) ?? {};
      if (!shown?.visible) {
        out[item.key] = { hidden: shown?.reason ?? 'tooFew' };
        continue;
      }
      const counts = members.reduce((sum, key) => {
        const c = cellTallies.get(key)?.get(item.key);
        if (c) for (const answer of itemAnswerKeys) sum[answer] += c[answer];
        return sum;
      }, emptyCounts());
      const n = substantive(counts);
      const sum = counts[1] + 2 * counts[2] + 3 * counts[3] + 4 * counts[4] + 5 * counts[5];
      // The same cells always get the same noise: a group shown in two views is one figure.
      const noiseKey = `item|${item.key}|${members.join(',')}`;
      const noisy = (answer: ItemAnswerKey) =>
        Math.max(0, counts[answer] + laplace(uniform(`${noiseKey}|${answer}`), countNoiseScale));
      const spread = (['1', '2', '3', '4', '5'] as const).map((answer) => noisy(answer));
      const spreadTotal = spread.reduce((a, b) => a + b, 0) || 1;
      const noisyDontKnow = noisy(dontKnow);
      out[item.key] = {
        n,
        mean: round1(clamp((sum + laplace(uniform(`${noiseKey}|sum`), sumNoiseScale)) / n, 1, 5)),
        shares: {
          1: Math.round((100 * (spread[0] ?? 0)) / spreadTotal),
          2: Math.round((100 * (spread[1] ?? 0)) / spreadTotal),
          3: Math.round((100 * (spread[2] ?? 0)) / spreadTotal),
          4: Math.round((100 * (spread[3] ?? 0)) / spreadTotal),
          5: Math.round((100 * (spread[4] ?? 0)) / spreadTotal),
        },
        dontKnowShare: Math.round((100 * noisyDontKnow) / (spreadTotal + noisyDontKnow)) / 100,
      };
      itemsByGroup.set(group.id, out);
    }
  }
  return {
    ...published,
    groups: published.groups.map((group) =>
      group.visibility.visible ? { ...group, items: itemsByGroup.get(group.id) ?? {} } : group,
    ),
  };
}

/**
 * Checks the item results of a published wave against the cells' counts: per item, whether a group
 * under the threshold can be derived from every group whose item figure is shown. Answers the leaks
 * (none, for a correct publication); the publisher runs it on its own result.
 */
export function auditItemResults(
  published: PublishedWave,
  cellTallies: ReadonlyMap<string, ReadonlyMap<string, ItemCounts>>,
  itemKeys: readonly string[],
): Array<{ family: string; cells: string[]; weight: number }> {
  const leaks: Array<{ family: string; cells: string[]; weight: number }> = [];
  for (const itemKey of itemKeys) {
    const cells = itemCells(cellTallies, itemKey);
    const asked = new Set(cells.map((cell) => cell.key));
    const shown = published.groups
      .filter((group) => {
        const figure = group.items?.[itemKey];
        return group.visibility.visible && figure !== undefined && !('hidden' in figure);
      })
      .map((group) => ({ id: group.id, cells: group.cells.filter((key) => asked.has(key)) }));
    const leak = findDerivableSmallGroup(cells, shown, published.thresholds.minCell);
    if (leak) leaks.push({ family: `item:${itemKey}`, ...leak });
  }
  return leaks;
}

/** Whether a wave's publication holds item results (waves published before they existed do not). */
export const hasItemResults = (published: PublishedWave) =>
  published.groups.some((group) => group.items !== undefined);
