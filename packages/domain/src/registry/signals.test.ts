import { describe, expect, it } from 'vitest';
import { defaultRegistryNorms } from './norms.ts';
import { computeSignals, countSignals, type SignalFacts, type SignalKey } from './signals.ts';

const today = '2026-03-15';
const calm: SignalFacts = {
  kind: 'expert',
  roles: ['buddy'],
  trainingRecognised: true,
  trainingException: null,
  registrationNumber: null,
  registrationExpiresOn: null,
  lastReflectionOn: '2026-02-01',
  fundingSource: 'structural',
  fundingEndsOn: null,
  startedOn: '2020-01-01',
  periodHours: { registerplein: 40, skj: 40 },
};
const required = ['recoveryCoach'];
const keys = (facts: Partial<SignalFacts>) =>
  computeSignals({ ...calm, ...facts }, today, required).map((signal) => signal.key);

describe('computeSignals', () => {
  it.each<[string, Partial<SignalFacts>, SignalKey[]]>([
    ['nothing to flag', {}, []],
    [
      'registration valid for long',
      { registrationNumber: '461012345', registrationExpiresOn: '2027-01-01' },
      [],
    ],
    [
      'registration expiring in exactly 90 days',
      { registrationNumber: '461012345', registrationExpiresOn: '2026-06-13' },
      ['registrationExpiring'],
    ],
    [
      'registration expiring in 91 days',
      { registrationNumber: '461012345', registrationExpiresOn: '2026-06-14' },
      [],
    ],
    [
      'registration expiring today',
      { registrationNumber: '461012345', registrationExpiresOn: today },
      ['registrationExpiring'],
    ],
    [
      'registration expired yesterday',
      { registrationNumber: '461012345', registrationExpiresOn: '2026-03-14' },
      ['registrationExpired'],
    ],
    [
      'role requiring registration without one',
      { roles: ['buddy', 'recoveryCoach'] },
      ['registrationRequired'],
    ],
    [
      'role requiring registration with one',
      { roles: ['recoveryCoach'], registrationNumber: '461012345', registrationExpiresOn: '2028-01-01' },
      [],
    ],
    ['no session ever', { lastReflectionOn: null }, ['noReflection']],
    ['last session just over 3 months ago', { lastReflectionOn: '2025-12-14' }, ['noReflection']],
    ['last session exactly 3 months ago', { lastReflectionOn: '2025-12-15' }, []],
    ['new person without sessions yet', { lastReflectionOn: null, startedOn: '2026-01-10' }, []],
    ['project funding', { fundingSource: 'project' }, ['nonStructuralFunding']],
    [
      'subsidy ending within 6 months',
      { fundingSource: 'subsidy', fundingEndsOn: '2026-09-15' },
      ['nonStructuralFunding', 'fundingEnding'],
    ],
    ['structural funding ending in more than 6 months', { fundingEndsOn: '2026-09-16' }, []],
    ['volunteer without funding', { fundingSource: null }, []],
    [
      'a staff member in a role requiring registration, without one',
      { kind: 'staff', roles: ['recoveryCoach'], trainingRecognised: false },
      [],
    ],
    ['an expert without training or exception', { trainingRecognised: false }, ['trainingMissing']],
    [
      'a registration expiring soon with too few reflection hours in the period',
      {
        registrationNumber: '461012345',
        registrationExpiresOn: '2026-05-01',
        periodHours: { registerplein: 39.5 },
      },
      ['registrationExpiring', 'reflectionHoursShort'],
    ],
    ['an SKJ registration expired', { skjNumber: '110012345', skjExpiresOn: '2026-03-01' }, ['skjExpired']],
    ['an expert with an exception', { trainingRecognised: false, trainingException: 'in opleiding' }, []],
    [
      'an older number not in Registerplein’s form',
      { registrationNumber: '123456', registrationExpiresOn: '2028-01-01' },
      ['registrationNumberFormat'],
    ],
  ])('%s', (_label, facts, expected) => {
    expect(keys(facts)).toEqual(expected);
  });

  it('gives the date a signal is about', () => {
    expect(
      computeSignals(
        { ...calm, registrationNumber: '461012345', registrationExpiresOn: '2026-04-01' },
        today,
        [],
      ),
    ).toEqual([{ key: 'registrationExpiring', date: '2026-04-01' }]);
  });

  it('follows the organisation’s own list of roles that require registration', () => {
    expect(computeSignals({ ...calm, roles: ['trainer'] }, today, ['trainer']).map((s) => s.key)).toEqual([
      'registrationRequired',
    ]);
    expect(computeSignals({ ...calm, roles: ['recoveryCoach'] }, today, [])).toEqual([]);
  });

  it('follows the organisation’s roles that require a recognised training; an exception does not meet it', () => {
    const untrained = {
      ...calm,
      roles: ['recoveryGroupLeader'],
      trainingRecognised: false,
      trainingException: 'x',
    };
    expect(
      computeSignals(untrained, today, [], { rolesRequiringTraining: ['recoveryGroupLeader'] }).map(
        (s) => s.key,
      ),
    ).toEqual(['trainingRequired']);
    expect(
      computeSignals({ ...untrained, kind: 'staff' }, today, [], {
        rolesRequiringTraining: ['recoveryGroupLeader'],
      }),
    ).toEqual([]);
  });
});

describe('the organisation’s own norms', () => {
  it('flags a gap in supervision after the organisation’s own number of months', () => {
    const norms = { ...defaultRegistryNorms, reflectionMonths: 6 };
    const facts = { ...calm, lastReflectionOn: '2025-10-01' };
    expect(computeSignals(facts, today, []).map((s) => s.key)).toEqual(['noReflection']);
    expect(computeSignals(facts, today, [], { norms })).toEqual([]);
  });
});

describe('countSignals', () => {
  it('counts people per signal', () => {
    const counts = countSignals([
      [{ key: 'noReflection', date: null }],
      [
        { key: 'noReflection', date: null },
        { key: 'fundingEnding', date: '2026-05-01' },
      ],
      [],
    ]);
    expect(counts.noReflection).toBe(2);
    expect(counts.fundingEnding).toBe(1);
    expect(counts.registrationExpired).toBe(0);
  });
});
