import { describe, expect, it } from 'vitest';
import {
  computeOrganisationMaturity,
  computeRoadmapMaturity,
  computeStepMaturity,
  computeStepProgress,
} from './maturity.ts';
import type { ItemStatus, MaturityStage } from './statuses.ts';

describe('computeStepProgress', () => {
  it('counts done items against the applicable ones only', () => {
    expect(computeStepProgress(['done', 'notApplicable', 'inProgress', 'notStarted'])).toEqual({
      applicable: 3,
      done: 1,
      inProgress: 1,
      percent: 33,
    });
  });

  it('calls a step whose items are all not applicable complete', () => {
    expect(computeStepProgress(['notApplicable', 'notApplicable']).percent).toBe(100);
  });
});

describe('computeStepMaturity', () => {
  it.each<[ItemStatus[], MaturityStage]>([
    [['notStarted', 'notStarted', 'notStarted'], 'notStarted'],
    [['notStarted', 'notApplicable'], 'notStarted'],
    [['inProgress', 'notStarted', 'notStarted'], 'exploring'],
    [['done', 'notStarted', 'notStarted'], 'exploring'],
    [['done', 'notStarted'], 'developing'],
    [['done', 'done', 'inProgress', 'notStarted'], 'developing'],
    [['done', 'done', 'done'], 'embedded'],
    [['done', 'notApplicable'], 'embedded'],
    [['notApplicable', 'notApplicable'], 'embedded'],
  ])('%j is %s', (statuses, stage) => {
    expect(computeStepMaturity(computeStepProgress(statuses))).toBe(stage);
  });
});

describe('computeOrganisationMaturity', () => {
  it('is the highest stage that four of the six steps reached', () => {
    expect(
      computeOrganisationMaturity([
        'embedded',
        'embedded',
        'developing',
        'developing',
        'notStarted',
        'notStarted',
      ]),
    ).toBe('developing');
  });

  it('is not pulled down by two lagging steps, but by three', () => {
    const embedded = (n: number) => Array<MaturityStage>(n).fill('embedded');
    const lagging = (n: number) => Array<MaturityStage>(n).fill('notStarted');
    expect(computeOrganisationMaturity([...embedded(4), ...lagging(2)])).toBe('embedded');
    expect(computeOrganisationMaturity([...embedded(3), ...lagging(3)])).toBe('notStarted');
  });

  it('starts at niet gestart', () => {
    expect(computeOrganisationMaturity(Array(6).fill('notStarted'))).toBe('notStarted');
  });
});

describe('computeRoadmapMaturity', () => {
  it('gives every step its progress and stage, and the overall figures', () => {
    const result = computeRoadmapMaturity([
      { stepKey: 'exploration', statuses: ['done', 'done', 'done'] },
      { stepKey: 'supportAndVision', statuses: ['inProgress', 'notStarted'] },
    ]);
    expect(result.steps.map((s) => s.stage)).toEqual(['embedded', 'exploring']);
    expect(result.overall).toEqual({ applicable: 5, done: 3, inProgress: 1, percent: 60 });
  });
});
