/**
 * The anonymity rules of PRODUCT.md, as pure functions. Every view, export and API answer of
 * measurement results goes through these; nothing else decides what may be shown.
 */

/** No aggregate of fewer responses is ever shown or exported. */
export const minimumCellSize = 5;
/** For sensitive items (own experience with domestic violence) and open answers. */
export const minimumSensitiveCellSize = 10;

export type GroupCount = { key: string; n: number };

export type HiddenReason =
  /** Fewer responses than the threshold. */
  | 'tooFew'
  /** The rest of the parent is under the threshold: showing this group would reveal the rest. */
  | 'restTooSmall'
  /** Hidden with the others so that no hidden group can be recovered by subtraction. */
  | 'complement'
  /** The whole parent is under the threshold. */
  | 'totalTooSmall';

export type Suppression = {
  totalVisible: boolean;
  visible: string[];
  hidden: Array<{ key: string; reason: HiddenReason }>;
};

/**
 * Decides which groups of one breakdown (e.g. the teams of an organisation) may be shown, given
 * that the parent's total is shown beside them:
 * 1. a group under the threshold is hidden;
 * 2. so is a group whose rest (parent minus the group) is under the threshold, but above zero;
 * 3. complementary suppression: the hidden groups together can always be recovered as "total minus
 *    what is shown", so more groups (smallest first) are hidden until the hidden ones together hold
 *    at least the threshold and there are at least two of them;
 * 4. if the parent itself is under the threshold, nothing is shown, not even the total.
 * Groups with no responses are neither shown nor counted.
 */
export function suppressBreakdown(
  groups: GroupCount[],
  threshold: number,
  /** Groups already hidden for another reason (e.g. a scale's view of groups hidden by headcount). */
  alreadyHidden: readonly string[] = [],
): Suppression {
  const present = groups.filter((group) => group.n > 0);
  const total = present.reduce((sum, group) => sum + group.n, 0);
  if (total < threshold) {
    return {
      totalVisible: false,
      visible: [],
      hidden: present.map(({ key }) => ({ key, reason: 'totalTooSmall' })),
    };
  }
  const hidden = new Map<string, HiddenReason>();
  for (const key of alreadyHidden)
    if (present.some((group) => group.key === key)) hidden.set(key, 'complement');
  for (const group of present) {
    if (hidden.has(group.key)) continue;
    if (group.n < threshold) hidden.set(group.key, 'tooFew');
    else if (total - group.n > 0 && total - group.n < threshold) hidden.set(group.key, 'restTooSmall');
  }
  const hiddenSum = () => present.filter((g) => hidden.has(g.key)).reduce((sum, g) => sum + g.n, 0);
  const bySmallest = [...present].sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (hidden.size > 0 && (hidden.size < 2 || hiddenSum() < threshold)) {
    const next = bySmallest.find((group) => !hidden.has(group.key));
    if (!next) break;
    hidden.set(next.key, 'complement');
  }
  return {
    totalVisible: true,
    visible: present.filter((group) => !hidden.has(group.key)).map((group) => group.key),
    hidden: present
      .filter((group) => hidden.has(group.key))
      .map(({ key }) => ({ key, reason: hidden.get(key) ?? 'tooFew' })),
  };
}

/**
 * Groups that may be compared between two waves: only those shown in both. A group hidden in one
 * wave stays hidden in the comparison, or the difference would give it away.
 */
export function comparableGroups(first: Suppression, second: Suppression): string[] {
  const inSecond = new Set(second.visible);
  return first.visible.filter((key) => inSecond.has(key));
}
