import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepKeys } from '../framework/schema.ts';
import {
  type AdviceFacts,
  computeStepThreeAdvice,
  type FactSource,
  type SourcedFact,
  severalSteps,
} from './advice.ts';

const vision = (met: boolean) => ({ met, source: { kind: 'item', itemKey: 'vision' } as const });
const noDecision: SourcedFact = {
  met: false,
  source: { kind: 'steps', stepKeys: ['supportAndVision', 'investment'] },
};
const decision = {
  met: true,
  source: { kind: 'decision', itemKey: 'capacity', decisionId: 'd1', decidedOn: '2026-01-01', decision: 'x' },
} as const;
const registry = (met: boolean) => ({
  met,
  source: { kind: 'registry', levelsCovered: met ? 3 : 1 } as const,
});

const start: AdviceFacts = {
  visionAdopted: vision(false),
  assignmentFormulated: noDecision,
  developedSteps: [],
  broadDeployment: registry(false),
};
const three = ['exploration', 'supportAndVision', 'investment'] as const;

describe('computeStepThreeAdvice', () => {
  it('advises a beleidsmedewerker while there is no vision, and says what would change it', () => {
    const advice = computeStepThreeAdvice(start);
    expect(advice.role).toBe('policyOfficer');
    expect(advice.toNextRole).toEqual(['visionAdopted', 'assignmentFormulated']);
  });

  it('keeps a beleidsmedewerker when choices are made but no vision is adopted', () => {
    expect(computeStepThreeAdvice({ ...start, assignmentFormulated: decision }).role).toBe('policyOfficer');
  });

  it('advises a projectleider once the vision is adopted and a decision recorded, naming that decision', () => {
    const advice = computeStepThreeAdvice({
      ...start,
      visionAdopted: vision(true),
      assignmentFormulated: decision,
    });
    expect(advice.role).toBe('projectLeader');
    expect(advice.facts).toContainEqual({ key: 'assignmentFormulated', ...decision });
    expect(advice.toNextRole).toEqual(['stepsDeveloped', 'broadDeployment']);
  });

  it('needs both several steps and broad deployment for a coördinator', () => {
    const base = { ...start, visionAdopted: vision(true), assignmentFormulated: decision };
    expect(computeStepThreeAdvice({ ...base, developedSteps: [...three] }).role).toBe('projectLeader');
    const advice = computeStepThreeAdvice({
      ...base,
      broadDeployment: registry(true),
      developedSteps: [...three],
    });
    expect(advice.role).toBe('coordinator');
    expect(advice.toNextRole).toEqual([]);
  });

  it('says the registry when the registry gave broad deployment, not step 4', () => {
    const advice = computeStepThreeAdvice({
      ...start,
      visionAdopted: vision(true),
      broadDeployment: registry(true),
      developedSteps: [...three],
    });
    expect(advice.facts.find((f) => f.key === 'broadDeployment')?.source).toEqual({
      kind: 'registry',
      levelsCovered: 3,
    });
  });
});

describe('every reason names the fact that produced it, and its source (property)', () => {
  const source: fc.Arbitrary<FactSource> = fc.oneof(
    fc.constant<FactSource>({ kind: 'item', itemKey: 'vision' }),
    fc.constant<FactSource>({ kind: 'registry', levelsCovered: 3 }),
    fc.constant<FactSource>({ kind: 'steps', stepKeys: ['scoping'] }),
    fc.constant<FactSource>({
      kind: 'decision',
      itemKey: 'vision',
      decisionId: 'd',
      decidedOn: '2026-01-01',
      decision: 'x',
    }),
  );
  const fact = fc.record({ met: fc.boolean(), source });
  const facts: fc.Arbitrary<AdviceFacts> = fc.record({
    visionAdopted: fact,
    assignmentFormulated: fact,
    developedSteps: fc.subarray([...stepKeys]),
    broadDeployment: fact,
  });

  it('each reason carries the fact and source it was given; the steps reason lists the steps counted', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const advice = computeStepThreeAdvice(input);
        for (const reason of advice.facts) {
          if (reason.key === 'stepsDeveloped') {
            expect(reason).toEqual({
              key: 'stepsDeveloped',
              met: input.developedSteps.length >= severalSteps,
              source: { kind: 'steps', stepKeys: input.developedSteps },
            });
          } else {
            expect(reason).toEqual({ key: reason.key, ...input[reason.key] });
          }
        }
        // The advice never rests on a fact it does not show.
        for (const key of advice.toNextRole) expect(advice.facts.map((f) => f.key)).toContain(key);
      }),
      { numRuns: 300 },
    );
  });
});
