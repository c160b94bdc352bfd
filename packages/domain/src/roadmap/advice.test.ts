import { describe, expect, it } from 'vitest';
import { type AdviceFacts, computeStepThreeAdvice } from './advice.ts';

const start: AdviceFacts = {
  visionAdopted: false,
  assignmentFormulated: false,
  stepsDeveloped: 0,
  broadDeployment: false,
};

describe('computeStepThreeAdvice', () => {
  it('advises a beleidsmedewerker while there is no vision, and says what would change it', () => {
    const advice = computeStepThreeAdvice(start);
    expect(advice.role).toBe('policyOfficer');
    expect(advice.toNextRole).toEqual(['visionAdopted', 'assignmentFormulated']);
  });

  it('keeps a beleidsmedewerker when choices are made but no vision is adopted', () => {
    expect(computeStepThreeAdvice({ ...start, assignmentFormulated: true }).role).toBe('policyOfficer');
  });

  it('keeps a beleidsmedewerker with a vision but no assignment yet', () => {
    const advice = computeStepThreeAdvice({ ...start, visionAdopted: true });
    expect(advice.role).toBe('policyOfficer');
    expect(advice.toNextRole).toEqual(['assignmentFormulated']);
  });

  it('advises a projectleider once the vision is adopted and an assignment formulated', () => {
    const advice = computeStepThreeAdvice({ ...start, visionAdopted: true, assignmentFormulated: true });
    expect(advice.role).toBe('projectLeader');
    expect(advice.facts).toContainEqual({ key: 'visionAdopted', met: true });
    expect(advice.toNextRole).toEqual(['stepsDeveloped', 'broadDeployment']);
  });

  it('needs both several steps and broad deployment for a coördinator', () => {
    const base = { ...start, visionAdopted: true, assignmentFormulated: true };
    expect(computeStepThreeAdvice({ ...base, stepsDeveloped: 3 }).role).toBe('projectLeader');
    expect(computeStepThreeAdvice({ ...base, broadDeployment: true, stepsDeveloped: 2 }).role).toBe(
      'projectLeader',
    );
    const advice = computeStepThreeAdvice({ ...base, broadDeployment: true, stepsDeveloped: 3 });
    expect(advice.role).toBe('coordinator');
    expect(advice.toNextRole).toEqual([]);
  });
});
