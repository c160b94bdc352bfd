import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkV1 } from '../framework/content/v1.ts';
import { type StepKey, stepKeys } from '../framework/schema.ts';
import type { RegistryFacts } from '../registry/facts.ts';
import {
  computeOrganisationMaturity,
  computeRoadmapMaturity,
  computeStepMaturity,
  computeStepProgress,
  type MaturityEvidence,
  type MaturityItem,
  maturityStepsOf,
} from './maturity.ts';
import { type ItemStatus, itemStatuses, type MaturityStage, maturityStages } from './statuses.ts';

const req = (status: ItemStatus): MaturityItem => ({ status, optional: false });
const opt = (status: ItemStatus): MaturityItem => ({ status, optional: true });
const allEvidence: MaturityEvidence = {
  baselineWaveClosed: true,
  itemsWithEvidence: new Set(['vision']),
  capacityAppointed: true,
};

describe('computeStepProgress', () => {
  it('leaves out optional items marked not applicable, and nothing else', () => {
    expect(
      computeStepProgress([req('done'), opt('notApplicable'), req('inProgress'), opt('notStarted')]),
    ).toEqual({
      applicable: 3,
      done: 1,
      inProgress: 1,
      percent: 33,
      required: 2,
      requiredDone: 1,
      requiredInProgress: 1,
    });
  });

  it('counts "not applicable" on a required item (older data) as not done', () => {
    expect(computeStepProgress([req('notApplicable'), req('done')])).toMatchObject({
      applicable: 2,
      done: 1,
      percent: 50,
    });
  });
});

describe('computeStepMaturity', () => {
  it.each<[MaturityItem[], MaturityStage]>([
    [[req('notStarted'), req('notStarted'), req('notStarted')], 'notStarted'],
    [[req('notStarted'), opt('done')], 'notStarted'],
    [[req('inProgress'), req('notStarted'), req('notStarted')], 'exploring'],
    [[req('done'), req('notStarted'), req('notStarted')], 'exploring'],
    [[req('done'), req('notStarted')], 'developing'],
    [[req('done'), req('done'), req('done')], 'embedded'],
    [[req('done'), opt('notApplicable')], 'embedded'],
    [[req('done'), opt('notStarted')], 'embedded'],
    [[req('notApplicable'), req('notApplicable')], 'notStarted'],
    [[opt('notApplicable'), opt('notApplicable')], 'notStarted'],
  ])('%j is %s', (items, stage) => {
    expect(computeStepMaturity(computeStepProgress(items))).toBe(stage);
  });

  it('keeps a step with every item done at halverwege while its evidence is missing', () => {
    expect(computeStepMaturity(computeStepProgress([req('done')]), false)).toBe('developing');
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
});

describe('the evidence steps 1–3 need for "op orde"', () => {
  const done = (stepKey: StepKey) =>
    maturityStepsOf(frameworkV1, () => 'done').filter((s) => s.stepKey === stepKey);
  const stageOf = (stepKey: StepKey, evidence: MaturityEvidence) =>
    computeRoadmapMaturity(done(stepKey), null, evidence).steps[0];

  it.each<[StepKey, Partial<MaturityEvidence>, string]>([
    ['exploration', { baselineWaveClosed: false }, 'zeroMeasurement'],
    ['supportAndVision', { itemsWithEvidence: new Set() }, 'visionDocument'],
    ['investment', { capacityAppointed: false }, 'capacityAppointed'],
  ])('holds %s at halverwege without %j', (stepKey, change, key) => {
    const state = stageOf(stepKey, { ...allEvidence, ...change });
    expect(state?.stage).toBe('developing');
    expect(state?.evidenceChecks).toContainEqual({ key, met: false });
    expect(stageOf(stepKey, allEvidence)?.stage).toBe('embedded');
  });

  it('takes a report on item 1.2 as the 0-meting too (the guide allows a qualitative one)', () => {
    const evidence = {
      ...allEvidence,
      baselineWaveClosed: false,
      itemsWithEvidence: new Set(['baselineMeasurement']),
    };
    expect(stageOf('exploration', evidence)?.stage).toBe('embedded');
  });
});

describe('computeRoadmapMaturity with registry facts', () => {
  const allDone = (stepKey: StepKey) => ({ stepKey, items: [req('done'), req('done')] });
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
    computeRoadmapMaturity([allDone(stepKey)], registry, allEvidence).steps[0];

  it('changes nothing without people in the registry', () => {
    expect(stageOf('embedding', null)).toMatchObject({ stage: 'embedded', registryChecks: [] });
    expect(stageOf('embedding', { ...facts, experts: 0, structuralShare: 0 })?.stage).toBe('embedded');
  });

  it.each<[StepKey, Partial<RegistryFacts>, string]>([
    ['scoping', { tasksRecordedShare: 99 }, 'tasksRecorded'],
    ['professionalDevelopment', { reflectionShare: 74 }, 'reflection'],
    ['professionalDevelopment', { recognisedTrainingShare: 50 }, 'recognisedTraining'],
    ['embedding', { structuralShare: 50 }, 'structuralFunding'],
    ['embedding', { missingRequiredRegistrations: 1 }, 'registration'],
  ])('holds %s at halverwege when the registry misses %j', (stepKey, change, key) => {
    const state = stageOf(stepKey, { ...facts, ...change });
    expect(state?.stage).toBe('developing');
    expect(state?.registryChecks).toContainEqual({ key, met: false });
  });
});

describe('"niet van toepassing" never raises a stage (property)', () => {
  const rank = (stage: MaturityStage) => maturityStages.indexOf(stage);
  const roadmap = fc.array(fc.constantFrom(...itemStatuses), {
    minLength: frameworkV1.steps.flatMap((s) => s.items).length,
    maxLength: frameworkV1.steps.flatMap((s) => s.items).length,
  });
  const evidence = fc.record({
    baselineWaveClosed: fc.boolean(),
    itemsWithEvidence: fc.subarray(['vision', 'baselineMeasurement']).map((keys) => new Set(keys)),
    capacityAppointed: fc.boolean(),
  });
  const keys = frameworkV1.steps.flatMap((step) => step.items.map((item) => item.key));
  const maturityOf = (statuses: ItemStatus[], proof: MaturityEvidence) => {
    const byKey = new Map(keys.map((key, i) => [key, statuses[i] ?? 'notStarted']));
    return computeRoadmapMaturity(
      maturityStepsOf(frameworkV1, (key) => byKey.get(key) ?? 'notStarted'),
      null,
      proof,
    );
  };

  it('for any item of any generated roadmap, on every step and on the organisation', () => {
    fc.assert(
      fc.property(roadmap, evidence, fc.nat({ max: keys.length - 1 }), (statuses, proof, index) => {
        const before = maturityOf(statuses, proof);
        const after = maturityOf(
          statuses.map((s, i) => (i === index ? 'notApplicable' : s)),
          proof,
        );
        expect(rank(after.stage)).toBeLessThanOrEqual(rank(before.stage));
        for (const stepKey of stepKeys) {
          const stage = (m: typeof before) =>
            m.steps.find((s) => s.stepKey === stepKey)?.stage ?? 'notStarted';
          expect(rank(stage(after))).toBeLessThanOrEqual(rank(stage(before)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a step whose items are all "niet van toepassing" is never "op orde"', () => {
    const all = maturityOf(Array(keys.length).fill('notApplicable'), {
      baselineWaveClosed: true,
      itemsWithEvidence: new Set(['vision']),
      capacityAppointed: true,
    });
    expect(all.steps.every((step) => step.stage === 'notStarted')).toBe(true);
    expect(all.stage).toBe('notStarted');
  });
});
