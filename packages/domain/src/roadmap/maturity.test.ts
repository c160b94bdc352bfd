import { describe, expect, it } from 'vitest';
import type { StepKey } from '../framework/schema.ts';
import type { RegistryFacts } from '../registry/facts.ts';
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

describe('computeRoadmapMaturity with registry facts', () => {
  const allDone = (stepKey: StepKey) => ({ stepKey, statuses: ['done', 'done'] as ItemStatus[] });
  const facts: RegistryFacts = {
    people: 4,
    experts: 4,
    levelsCovered: 3,
    registeredShare: 100,
    structuralShare: 100,
    tasksRecordedShare: 100,
    reflectionShare: 100,
    recognisedTrainingShare: 100,
    missingRequiredRegistrations: 0,
  };
  const stageOf = (stepKey: StepKey, registry: RegistryFacts | null) =>
    computeRoadmapMaturity([allDone(stepKey)], registry).steps[0];

  it('changes nothing without people in the registry', () => {
    expect(stageOf('embedding', null)).toMatchObject({ stage: 'embedded', registryChecks: [] });
    expect(stageOf('embedding', { ...facts, experts: 0, structuralShare: 0 })?.stage).toBe('embedded');
  });

  it('keeps steps 1–3 to their items only', () => {
    expect(stageOf('investment', { ...facts, structuralShare: 0 })).toMatchObject({
      stage: 'embedded',
      registryChecks: [],
    });
  });

  it.each<[StepKey, Partial<RegistryFacts>, string]>([
    ['scoping', { tasksRecordedShare: 99 }, 'tasksRecorded'],
    ['professionalDevelopment', { reflectionShare: 74 }, 'reflection'],
    ['professionalDevelopment', { recognisedTrainingShare: 50 }, 'recognisedTraining'],
    ['embedding', { structuralShare: 50 }, 'structuralFunding'],
    ['embedding', { structuralShare: null }, 'structuralFunding'],
    ['embedding', { missingRequiredRegistrations: 1 }, 'registration'],
  ])('holds %s at "in ontwikkeling" when the registry misses %j', (stepKey, change, key) => {
    const state = stageOf(stepKey, { ...facts, ...change });
    expect(state?.stage).toBe('developing');
    expect(state?.registryChecks).toContainEqual({ key, met: false });
  });

  it('lets steps 4–6 be geborgd when the registry shows it', () => {
    for (const stepKey of ['scoping', 'professionalDevelopment', 'embedding'] as const) {
      const state = stageOf(stepKey, facts);
      expect(state?.stage).toBe('embedded');
      expect(state?.registryChecks.every((check) => check.met)).toBe(true);
    }
  });

  it('never raises a stage', () => {
    expect(
      computeRoadmapMaturity([{ stepKey: 'embedding', statuses: ['notStarted'] }], facts).steps[0]?.stage,
    ).toBe('notStarted');
  });
});
