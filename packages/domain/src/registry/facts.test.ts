import { describe, expect, it } from 'vitest';
import { broadDeploymentFromRegistry, computeRegistryFacts, type RegistryPersonFacts } from './facts.ts';

const today = '2026-03-15';
const expert: RegistryPersonFacts = {
  kind: 'expert',
  levels: ['practice'],
  roles: ['recoveryCoach'],
  coreTasks: ['a'],
  registrationNumber: '461012345',
  registrationExpiresOn: '2027-01-01',
  fundingSource: 'structural',
  fundingEndsOn: null,
  trainingRecognised: true,
  trainingException: null,
  lastReflectionOn: '2026-03-01',
  startedOn: '2022-01-01',
};

describe('computeRegistryFacts', () => {
  it('gives nulls for shares of nobody', () => {
    expect(computeRegistryFacts([], today, [])).toEqual({
      people: 0,
      experts: 0,
      levelsCovered: 0,
      registeredShare: null,
      structuralShare: null,
      tasksRecordedShare: null,
      reflectionShare: null,
      recognisedTrainingShare: null,
      missingRequiredRegistrations: 0,
    });
  });

  it('takes shares of the experts and counts levels of everyone', () => {
    const facts = computeRegistryFacts(
      [
        expert,
        { ...expert, registrationNumber: null, registrationExpiresOn: null, levels: ['team'], coreTasks: [] },
        { ...expert, registrationExpiresOn: '2026-01-01', fundingSource: 'project', lastReflectionOn: null },
        { ...expert, kind: 'staff', levels: ['management'], fundingSource: null, trainingRecognised: false },
      ],
      today,
      ['recoveryCoach'],
    );
    expect(facts).toMatchObject({
      people: 4,
      experts: 3,
      levelsCovered: 3,
      registeredShare: 33,
      structuralShare: 67,
      tasksRecordedShare: 67,
      reflectionShare: 67,
      recognisedTrainingShare: 100,
      missingRequiredRegistrations: 1,
    });
  });
});

describe('the staff member with experiential knowledge', () => {
  it('is never counted as missing a registration, whatever roles are set to require one', () => {
    const staff: RegistryPersonFacts = {
      ...expert,
      kind: 'staff',
      roles: ['supportWorker', 'ownExperienceInSupport'],
      registrationNumber: null,
      registrationExpiresOn: null,
      trainingRecognised: false,
    };
    const facts = computeRegistryFacts([staff], today, ['supportWorker', 'ownExperienceInSupport']);
    expect(facts.missingRequiredRegistrations).toBe(0);
    const withExpert = computeRegistryFacts(
      [staff, { ...expert, roles: ['supportWorker'], registrationNumber: null }],
      today,
      ['supportWorker'],
    );
    expect(withExpert.missingRequiredRegistrations).toBe(1);
  });
});

describe('broadDeploymentFromRegistry', () => {
  it.each([
    [null, null],
    [0, null],
    [2, false],
    [3, true],
  ] as const)('with experts at %s levels: %s', (levels, expected) => {
    const facts =
      levels === null
        ? null
        : {
            ...computeRegistryFacts([expert], today, []),
            experts: levels === 0 ? 0 : 1,
            levelsCovered: levels,
          };
    expect(broadDeploymentFromRegistry(facts)).toBe(expected);
  });
});
