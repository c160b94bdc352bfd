/**
 * Disclosure control for a wave's linked tables: every figure a wave publishes is a sum over some of
 * its cells (one team in one perspective). Whoever reads every page, export and API answer can add
 * and subtract those sums; a group of cells is *derivable* when its sum can be worked out that way.
 * Nothing may be derivable for a group under the threshold, whatever views are combined.
 *
 * Linear algebra over the rationals: a set of cells S is derivable exactly when its indicator
 * vector lies in the span of the published sums, i.e. when it is orthogonal to every vector of
 * their null space. The tables are small (teams × perspectives), so plain Gaussian elimination does.
 */

/** A cell of the table: its weight is what the threshold counts (people, or people with a score). */
export type DisclosureCell = { key: string; weight: number };
/** A published sum: the cells it adds up. Cells not in the table are known to be empty. */
export type PublishedSum = { id: string; cells: readonly string[] };
export type DerivableGroup = { cells: string[]; weight: number };

const tolerance = 1e-9;

/** A basis of the null space of the published sums over the given cells: vectors x with P·x = 0. */
function nullSpace(cellKeys: readonly string[], sums: readonly PublishedSum[]): number[][] {
  const column = new Map(cellKeys.map((key, i) => [key, i]));
  const rows = sums.map((sum) => {
    const row = new Array<number>(cellKeys.length).fill(0);
    for (const key of sum.cells) {
      const i = column.get(key);
      if (i !== undefined) row[i] = 1;
    }
    return row;
  });
  // Reduced row echelon form.
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < cellKeys.length && rank < rows.length; col++) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r++)
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[best]?.[col] ?? 0)) best = r;
    const pivotRow = rows[best];
    if (!pivotRow || Math.abs(pivotRow[col] ?? 0) < tolerance) continue;
    [rows[rank], rows[best]] = [pivotRow, rows[rank] as number[]];
    const pivot = pivotRow[col] ?? 1;
    for (let c = 0; c < cellKeys.length; c++) pivotRow[c] = (pivotRow[c] ?? 0) / pivot;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (r === rank || !row) continue;
      const factor = row[col] ?? 0;
      if (Math.abs(factor) < tolerance) continue;
      for (let c = 0; c < cellKeys.length; c++) row[c] = (row[c] ?? 0) - factor * (pivotRow[c] ?? 0);
    }
    pivots.push(col);
    rank++;
  }
  const isPivot = new Set(pivots);
  const basis: number[][] = [];
  for (let free = 0; free < cellKeys.length; free++) {
    if (isPivot.has(free)) continue;
    const vector = new Array<number>(cellKeys.length).fill(0);
    vector[free] = 1;
    pivots.forEach((pivotCol, r) => {
      vector[pivotCol] = -(rows[r]?.[free] ?? 0);
    });
    basis.push(vector);
  }
  return basis;
}

/**
 * Searches for a set of cells whose sum can be derived from the published sums and whose weight is
 * under the threshold (but whose cells are not all empty). Only cells lighter than the threshold can
 * be in such a set, which keeps the search small. Answers the first one found, or null.
 */
export function findDerivableSmallGroup(
  cells: readonly DisclosureCell[],
  sums: readonly PublishedSum[],
  threshold: number,
): DerivableGroup | null {
  const keys = cells.map((cell) => cell.key);
  const basis = nullSpace(keys, sums);
  const candidates = cells
    .map((cell, index) => ({ ...cell, index }))
    .filter((cell) => cell.weight < threshold)
    .sort((a, b) => a.weight - b.weight || a.key.localeCompare(b.key));
  const residue = new Array<number>(basis.length).fill(0);
  const chosen: typeof candidates = [];

  const search = (start: number, weight: number): DerivableGroup | null => {
    for (let i = start; i < candidates.length; i++) {
      const cell = candidates[i];
      if (!cell || weight + cell.weight >= threshold) break;
      basis.forEach((vector, b) => {
        residue[b] = (residue[b] ?? 0) + (vector[cell.index] ?? 0);
      });
      chosen.push(cell);
      if (residue.every((value) => Math.abs(value) < 1e-7))
        return { cells: chosen.map((c) => c.key), weight: weight + cell.weight };
      const found = search(i + 1, weight + cell.weight);
      if (found) return found;
      chosen.pop();
      basis.forEach((vector, b) => {
        residue[b] = (residue[b] ?? 0) - (vector[cell.index] ?? 0);
      });
    }
    return null;
  };
  return search(0, 0);
}

/** Whether the set of cells is derivable from the published sums (used to pick what to hide). */
function isDerivable(cellKeys: readonly string[], sums: readonly PublishedSum[], set: readonly string[]) {
  const inSet = new Set(set);
  return nullSpace(cellKeys, sums).every(
    (vector) =>
      Math.abs(cellKeys.reduce((sum, key, i) => sum + (inSet.has(key) ? (vector[i] ?? 0) : 0), 0)) < 1e-7,
  );
}

/** Why a group of a published wave is not shown. */
export type HiddenReason =
  /** Fewer responses than the threshold. */
  | 'tooFew'
  /** The rest of the whole (the whole minus this group) is under the threshold. */
  | 'restTooSmall'
  /** Hidden with others, so that no hidden group can be worked out from what is shown. */
  | 'complement'
  /** The whole wave is under the threshold: nothing is shown. */
  | 'totalTooSmall';

export type MarginGroup = { id: string; cells: readonly string[] };
export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

/**
 * Decides which groups of a wave may be shown, over all its views together (docs/anonymity.md: one
 * suppression pattern per wave). `total` is the whole wave; `groups` are every other group any view
 * shows (each team, each perspective). First the plain rules: a group under the threshold is hidden,
 * and so is one whose rest is; groups hidden for another reason stay hidden (`hiddenFirst`). Then,
 * as long as any small group can still be derived from the shown ones — within one breakdown or by
 * combining two — one more shown group is hidden: the lightest whose hiding ends that derivation.
 */
export function suppressLinkedGroups(input: {
  cells: readonly DisclosureCell[];
  total: MarginGroup;
  groups: readonly MarginGroup[];
  threshold: number;
  hiddenFirst?: ReadonlySet<string>;
}): Map<string, Visibility> {
  const { cells, total, groups, threshold } = input;
  const weightOf = new Map(cells.map((cell) => [cell.key, cell.weight]));
  const weight = (group: MarginGroup) => group.cells.reduce((sum, key) => sum + (weightOf.get(key) ?? 0), 0);
  const totalWeight = weight(total);
  const result = new Map<string, Visibility>();
  if (totalWeight < threshold) {
    for (const group of [total, ...groups]) result.set(group.id, { visible: false, reason: 'totalTooSmall' });
    return result;
  }
  result.set(total.id, { visible: true });
  for (const group of groups) {
    const w = weight(group);
    if (input.hiddenFirst?.has(group.id)) result.set(group.id, { visible: false, reason: 'complement' });
    else if (w < threshold) result.set(group.id, { visible: false, reason: 'tooFew' });
    else if (totalWeight - w > 0 && totalWeight - w < threshold)
      result.set(group.id, { visible: false, reason: 'restTooSmall' });
    else result.set(group.id, { visible: true });
  }
  const keys = cells.map((cell) => cell.key);
  const shown = () => [total, ...groups.filter((group) => result.get(group.id)?.visible)];
  for (;;) {
    const published = shown();
    const leak = findDerivableSmallGroup(cells, published, threshold);
    if (!leak) return result;
    const hideable = published
      .filter((group) => group.id !== total.id)
      .sort((a, b) => weight(a) - weight(b) || a.id.localeCompare(b.id));
    const ends =
      hideable.find(
        (group) =>
          !isDerivable(
            keys,
            published.filter((other) => other !== group),
            leak.cells,
          ),
      ) ?? hideable[0];
    // Only the whole wave is left, and that is never a small group: the search found none then.
    if (!ends) return result;
    result.set(ends.id, { visible: false, reason: 'complement' });
  }
}
