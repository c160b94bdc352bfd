import { describe, expect, it } from 'vitest';
import { frameworkV1 } from '../framework/content/v1.ts';
import type { PublishedWave } from '../measurement/publication.ts';
import { compareRounds, judgeStep, monitorSubjects } from './compare.ts';
import { monitorContentV1 } from './content-v1.ts';
import { computeGaps, staffMeansOf, staffPercent, teamPercent } from './gap.ts';
import { isMonitorSubject, newRoundProblem, roundOrder } from './rounds.ts';
import { goalReviewInputSchema, monitorContentSchema, monitorScoreInputSchema } from './schemas.ts';

describe('monitor content v1', () => {
  it('passes its schema', () => {
    expect(monitorContentSchema.safeParse(monitorContentV1).success).toBe(true);
  });

  it('has one statement per item of the framework, by the same stable keys', () => {
    const framework = frameworkV1.steps.flatMap((step) =>
      step.items.map((item) => `${step.key}/${item.key}`),
    );
    const monitor = monitorContentV1.steps.flatMap((step) =>
      step.items.map((item) => `${step.stepKey}/${item.itemKey}`),
    );
    expect(monitor).toEqual(framework);
  });

  it('refuses a version with a step missing or an item key twice', () => {
    const [first, ...rest] = monitorContentV1.steps;
    expect(monitorContentSchema.safeParse({ ...monitorContentV1, steps: rest }).success).toBe(false);
    const doubled = { ...first, items: [...(first?.items ?? []), ...(first?.items ?? [])] };
    expect(monitorContentSchema.safeParse({ ...monitorContentV1, steps: [doubled, ...rest] }).success).toBe(
      false,
    );
  });
});

describe('a score as the team enters it', () => {
  it.each([
    [{ version: 0, score: 3, rationale: 'Visie ligt er' }, true],
    [{ version: 0, score: null }, true],
    [{ version: 0, score: 5 }, false],
    [{ version: 0, score: 0 }, false],
    [{ version: 0, score: 2.5 }, false],
    [{ version: -1, score: 2 }, false],
    [{ version: 0, score: 2, rationale: 'x'.repeat(1001) }, false],
    [{ version: 0, score: 2, evidence: [{ title: 'Visie', url: 'javascript:alert(1)' }] }, false],
    [{ version: 0, score: 2, evidence: [{ title: 'Visie', url: 'https://intranet.example/visie' }] }, true],
  ])('%j is accepted: %s', (input, ok) => {
    expect(monitorScoreInputSchema.safeParse(input).success).toBe(ok);
  });

  it('"doel behaald?" takes yes, partly or no only', () => {
    const goalId = '6f1c1a52-8a48-4a34-9d63-0c1d7d3c3a11';
    expect(goalReviewInputSchema.safeParse({ goalId, achieved: 'partly' }).success).toBe(true);
    expect(goalReviewInputSchema.safeParse({ goalId, achieved: 'maybe' }).success).toBe(false);
  });
});

describe('begin against end', () => {
  it('judges a step by its own score and the mean of its scored items', () => {
    const judged = judgeStep(monitorContentV1, 'exploration', {
      'step:exploration': 2,
      'item:inventory': 2,
      'item:baselineMeasurement': 3,
    });
    expect(judged).toEqual({ stepScore: 2, itemMean: 2.5, itemsScored: 2, itemCount: 3 });
  });

  it('gives the change per step where both rounds scored it', () => {
    const rows = compareRounds(
      monitorContentV1,
      { 'step:exploration': 1, 'step:investment': 2 },
      { 'step:exploration': 3, 'step:vision': 4 },
    );
    expect(rows.map((row) => [row.stepKey, row.change])).toEqual([
      ['exploration', 2],
      ['supportAndVision', null],
      ['investment', null],
      ['scoping', null],
      ['professionalDevelopment', null],
      ['embedding', null],
    ]);
    expect(rows[2]?.end?.stepScore).toBeNull();
  });

  it('shows a missing round as null', () => {
    const rows = compareRounds(monitorContentV1, { 'step:embedding': 4 }, null);
    expect(rows.at(-1)).toMatchObject({
      stepKey: 'embedding',
      begin: { stepScore: 4 },
      end: null,
      change: null,
    });
  });

  it('lists 6 steps and 18 items as subjects', () => {
    const subjects = monitorSubjects(monitorContentV1);
    expect(subjects.filter((key) => key.startsWith('step:'))).toHaveLength(6);
    expect(subjects.filter((key) => key.startsWith('item:'))).toHaveLength(18);
  });
});

describe('the gap with what staff said', () => {
  it('puts both on 0–100', () => {
    expect([teamPercent(1), teamPercent(4), teamPercent(3)]).toEqual([0, 100, 67]);
    expect([staffPercent(1), staffPercent(5), staffPercent(4, true)]).toEqual([0, 100, 25]);
  });

  it('is team minus the mean of the matching staff scales, and null where either is missing', () => {
    const gaps = computeGaps(
      monitorContentV1,
      { exploration: 4, supportAndVision: 2, investment: 3, embedding: 4 },
      { knowledge: 3, deployment: 4, appreciation: null, needs: 2 },
    );
    const byStep = Object.fromEntries(gaps.map((g) => [g.stepKey, g]));
    // knowledge 3 → 50, deployment 4 → 75: staff 63 (rounded), team 4 → 100.
    expect(byStep.exploration).toEqual({ stepKey: 'exploration', team: 100, staff: 63, gap: 37 });
    expect(byStep.supportAndVision?.gap).toBeNull();
    // needs is reversed: 2 → 25 → 75; team 3 → 67.
    expect(byStep.investment).toMatchObject({ staff: 75, gap: -8 });
    // No staff scale looks at embedding.
    expect(byStep.embedding).toMatchObject({ team: 100, staff: null, gap: null });
    expect(byStep.scoping).toMatchObject({ team: null, gap: null });
  });
});

describe('what staff said, from a published wave', () => {
  const group = (over: Partial<PublishedWave['groups'][number]>): PublishedWave['groups'][number] => ({
    id: 'x',
    kind: 'total',
    cells: [],
    declared: 10,
    viaSharedLink: false,
    visibility: { visible: true },
    n: 10,
    scales: {},
    ...over,
  });
  const wave = (groups: PublishedWave['groups']): PublishedWave => ({
    version: 1,
    thresholds: { minCell: 5, minSensitiveCell: 10 },
    noiseScale: 2,
    groups,
    sensitive: [],
    openAnswers: { visible: false },
  });

  it('reads the staff perspective, never a hidden scale', () => {
    const published = wave([
      group({ kind: 'total', scales: { knowledge: { n: 30, mean: 4, dontKnowShare: 0 } } }),
      group({
        kind: 'perspective',
        perspective: 'staff',
        scales: { knowledge: { n: 20, mean: 3.2, dontKnowShare: 0 }, climate: { hidden: 'tooFew' } },
      }),
    ]);
    expect(staffMeansOf(published, ['staff', 'management'])).toEqual({ knowledge: 3.2 });
  });

  it('gives nothing when the staff group is hidden, unless staff is the only perspective', () => {
    const published = wave([
      group({ kind: 'total', scales: { knowledge: { n: 6, mean: 4, dontKnowShare: 0 } } }),
      group({ kind: 'perspective', perspective: 'staff', visibility: { visible: false, reason: 'tooFew' } }),
    ]);
    expect(staffMeansOf(published, ['staff', 'management'])).toEqual({});
    expect(staffMeansOf(published, ['staff'])).toEqual({ knowledge: 4 });
  });
});

describe('rounds', () => {
  it('takes one begin and one end per cycle, the begin first', () => {
    expect(newRoundProblem([], { cycle: 1, kind: 'begin' })).toBeNull();
    expect(newRoundProblem([], { cycle: 1, kind: 'end' })).toBe('monitorEndNeedsBegin');
    expect(newRoundProblem([{ cycle: 1, kind: 'begin' }], { cycle: 1, kind: 'begin' })).toBe(
      'monitorRoundExists',
    );
    expect(newRoundProblem([{ cycle: 1, kind: 'begin' }], { cycle: 1, kind: 'end' })).toBeNull();
    expect(newRoundProblem([{ cycle: 1, kind: 'begin' }], { cycle: 2, kind: 'end' })).toBe(
      'monitorEndNeedsBegin',
    );
  });

  it('knows the subjects of a content version', () => {
    expect(isMonitorSubject(monitorContentV1, 'step:embedding')).toBe(true);
    expect(isMonitorSubject(monitorContentV1, 'item:vision')).toBe(true);
    expect(isMonitorSubject(monitorContentV1, 'item:embedding')).toBe(false);
    expect(isMonitorSubject(monitorContentV1, 'step:vision')).toBe(false);
  });

  it('orders rounds by cycle, begin before end', () => {
    const rounds = [
      { cycle: 2, kind: 'begin' as const },
      { cycle: 1, kind: 'end' as const },
      { cycle: 1, kind: 'begin' as const },
    ];
    expect(rounds.sort(roundOrder).map((r) => `${r.cycle}${r.kind}`)).toEqual(['1begin', '1end', '2begin']);
  });
});
