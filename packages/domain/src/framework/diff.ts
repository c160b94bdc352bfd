import type { FrameworkContent, StepKey } from './schema.ts';

type Text = { nl: string; en: string };

/** One step item, where it stands in a version. */
export type FrameworkItemRef = { key: string; stepKey: StepKey; number: number; title: Text };

/** What a new framework version changes about the step items, by their stable keys. */
export type FrameworkDiff = {
  added: FrameworkItemRef[];
  removed: FrameworkItemRef[];
  /** Same key, another title (Dutch or English): records stay with the item. */
  renamed: Array<{ key: string; stepKey: StepKey; from: Text; to: Text }>;
  /** Same key, another step. */
  moved: Array<{ key: string; from: StepKey; to: StepKey }>;
  /** Same key, another explanation text or another "may be not applicable" mark. */
  reworded: string[];
  /** Keys in both versions. */
  kept: string[];
};

export function frameworkItems(content: Pick<FrameworkContent, 'steps'>): FrameworkItemRef[] {
  return content.steps.flatMap((step) =>
    step.items.map((item) => ({ key: item.key, stepKey: step.key, number: item.number, title: item.title })),
  );
}

const sameText = (a: Text, b: Text) => a.nl === b.nl && a.en === b.en;

/** The difference between two framework versions, item by item, by stable key. */
export function diffFrameworks(
  from: Pick<FrameworkContent, 'steps'>,
  to: Pick<FrameworkContent, 'steps'>,
): FrameworkDiff {
  const before = new Map(from.steps.flatMap((step) => step.items.map((item) => [item.key, { step, item }])));
  const after = new Map(to.steps.flatMap((step) => step.items.map((item) => [item.key, { step, item }])));
  const diff: FrameworkDiff = { added: [], removed: [], renamed: [], moved: [], reworded: [], kept: [] };
  for (const ref of frameworkItems(to)) if (!before.has(ref.key)) diff.added.push(ref);
  for (const ref of frameworkItems(from)) {
    const next = after.get(ref.key);
    const old = before.get(ref.key);
    if (!next || !old) {
      diff.removed.push(ref);
      continue;
    }
    diff.kept.push(ref.key);
    if (!sameText(old.item.title, next.item.title))
      diff.renamed.push({ key: ref.key, stepKey: next.step.key, from: old.item.title, to: next.item.title });
    if (old.step.key !== next.step.key)
      diff.moved.push({ key: ref.key, from: old.step.key, to: next.step.key });
    if (
      !sameText(old.item.text, next.item.text) ||
      Boolean(old.item.optional) !== Boolean(next.item.optional)
    )
      diff.reworded.push(ref.key);
  }
  return diff;
}

/** The records an organisation keeps for one item. */
export type ItemRecordCounts = { assessed: boolean; decisions: number; evidence: number; changes: number };

const hasRecords = (counts: ItemRecordCounts | undefined) =>
  !!counts && (counts.assessed || counts.decisions > 0 || counts.evidence > 0 || counts.changes > 0);

/**
 * What adopting a new version means for one organisation's roadmap: the items whose records carry
 * over by key, the new items (they start "not started"), and the items that disappear with the
 * records that go with them into the archive (still readable, out of the progress). Goals belong to
 * a step, and the six steps stay, so goals always carry over.
 */
export function adoptionImpact(diff: FrameworkDiff, records: ReadonlyMap<string, ItemRecordCounts>) {
  const withCounts = (key: string) => ({ key, records: records.get(key) ?? emptyCounts });
  return {
    carried: diff.kept.filter((key) => hasRecords(records.get(key))).map(withCounts),
    renamed: diff.renamed.map((entry) => ({ ...entry, records: records.get(entry.key) ?? emptyCounts })),
    added: diff.added,
    retired: diff.removed.map((item) => ({ ...item, records: records.get(item.key) ?? emptyCounts })),
  };
}

const emptyCounts: ItemRecordCounts = { assessed: false, decisions: 0, evidence: 0, changes: 0 };
