import { describe, expect, it } from 'vitest';
import { frameworkV1 } from './content/v1.ts';
import { adoptionImpact, diffFrameworks, frameworkItems } from './diff.ts';
import { type FrameworkContent, frameworkContentSchema } from './schema.ts';

const copy = (): FrameworkContent => structuredClone(frameworkV1);

/** Version 2 as the browser test drafts it: `vision` renamed, `clientCouncil` added, `jobStructure` removed. */
function versionTwo(): FrameworkContent {
  const next = copy();
  for (const step of next.steps) {
    for (const item of step.items)
      if (item.key === 'vision') item.title = { nl: 'Visie en missie', en: 'Vision and mission' };
    step.items = step.items.filter((item) => item.key !== 'jobStructure');
  }
  const first = next.steps[0];
  if (!first) throw new Error('step 1 exists');
  first.items.push({
    key: 'clientCouncil',
    number: first.items.length + 1,
    title: { nl: 'Cliëntenraad', en: 'Client council' },
    text: { nl: 'Betrek de cliëntenraad.', en: 'Involve the client council.' },
  });
  return next;
}

describe('diffFrameworks', () => {
  it('finds nothing between a version and its copy', () => {
    const diff = diffFrameworks(frameworkV1, copy());
    expect(diff).toMatchObject({ added: [], removed: [], renamed: [], moved: [], reworded: [] });
    expect(diff.kept).toHaveLength(frameworkItems(frameworkV1).length);
  });

  it('names the added, removed and renamed items by key', () => {
    const diff = diffFrameworks(frameworkV1, versionTwo());
    expect(diff.added.map((item) => [item.key, item.stepKey])).toEqual([['clientCouncil', 'exploration']]);
    expect(diff.removed.map((item) => [item.key, item.stepKey])).toEqual([['jobStructure', 'embedding']]);
    expect(diff.renamed).toEqual([
      expect.objectContaining({ key: 'vision', to: { nl: 'Visie en missie', en: 'Vision and mission' } }),
    ]);
    expect(diff.kept).toContain('vision');
    expect(diff.kept).not.toContain('jobStructure');
  });

  it.each([
    ['moved to another step', 'moved'],
    ['its text changed', 'reworded'],
  ] as const)('names an item %s', (_case, field) => {
    const next = copy();
    const [first, second] = next.steps;
    const item = first?.items.find((candidate) => !candidate.optional);
    if (!first || !second || !item) throw new Error('steps 1 and 2 exist');
    if (field === 'moved') {
      first.items = first.items.filter((candidate) => candidate !== item);
      second.items.push(item);
    } else item.text = { nl: 'Nieuwe uitleg.', en: 'New explanation.' };
    const diff = diffFrameworks(frameworkV1, next);
    expect(diff[field]).toEqual([
      field === 'moved' ? { key: item.key, from: first.key, to: second.key } : item.key,
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });
});

describe('adoptionImpact', () => {
  it('carries records by key and sends those of a removed item to the archive', () => {
    const records = new Map([
      ['vision', { assessed: true, decisions: 2, evidence: 1, changes: 3 }],
      ['jobStructure', { assessed: true, decisions: 0, evidence: 1, changes: 1 }],
    ]);
    const impact = adoptionImpact(diffFrameworks(frameworkV1, versionTwo()), records);
    expect(impact.carried.map((entry) => entry.key)).toEqual(['vision']);
    expect(impact.renamed[0]?.records.decisions).toBe(2);
    expect(impact.added.map((item) => item.key)).toEqual(['clientCouncil']);
    expect(impact.retired).toEqual([
      expect.objectContaining({ key: 'jobStructure', records: records.get('jobStructure') }),
    ]);
  });
});

describe('a draft framework version', () => {
  it('accepts the bundled version', () => {
    expect(frameworkContentSchema.safeParse(frameworkV1).success).toBe(true);
  });

  it('names every problem of a bad draft at once', () => {
    const draft = copy() as unknown as { steps: Array<Record<string, unknown>> };
    const [first, second] = draft.steps as Array<{ items: Array<Record<string, unknown>> }>;
    if (!first || !second) throw new Error('steps exist');
    // A missing Dutch text.
    (first.items[0]?.title as { nl?: string }).nl = undefined;
    // Two items with one key.
    second.items.push({ ...second.items[0] });
    // An item without a step: placed in the list of steps without the step's own fields.
    draft.steps.push({
      items: [{ key: 'orphan', number: 1, title: { nl: 'x', en: 'x' }, text: { nl: 'x', en: 'x' } }],
    });

    const result = frameworkContentSchema.safeParse(draft);
    expect(result.success).toBe(false);
    const problems = (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['steps.0.items.0.title.nl', 'invalid_type'],
        [`steps.1.items.${second.items.length - 1}.key`, 'custom'],
        ['steps.6.key', 'invalid_value'],
        ['steps.6.title', 'invalid_type'],
      ]),
    );
  });
});
