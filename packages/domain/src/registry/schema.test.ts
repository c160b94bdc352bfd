import { describe, expect, it } from 'vitest';
import { activityInputSchema, logInputSchema, personInputSchema, reachInputSchema } from './schema.ts';

const person = {
  name: 'Anna',
  kind: 'expert',
  levels: ['practice'],
  employment: 'paid',
  trainingRecognised: true,
};
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('personInputSchema', () => {
  it('fills defaults and normalises the registration number', () => {
    const parsed = personInputSchema.parse({
      ...person,
      roles: ['buddy', 'buddy'],
      registrationNumber: '4610 12 345',
      registrationExpiresOn: '2027-01-01',
    });
    expect(parsed.roles).toEqual(['buddy']);
    expect(parsed.registrationNumber).toBe('461012345');
    expect(parsed.phases).toEqual([]);
  });

  it.each([
    ['an unknown role', { roles: ['wizard'] }, 'roles.0'],
    ['an unknown phase', { phases: ['aftercare'] }, 'phases.0'],
    ['negative hours', { hoursPerWeek: -1 }, 'hoursPerWeek'],
    [
      'a bad registration number',
      { registrationNumber: 'AB12', registrationExpiresOn: '2027-01-01' },
      'registrationNumber',
    ],
    [
      'a 4610 number of the wrong length',
      { registrationNumber: '4610123', registrationExpiresOn: '2027-01-01' },
      'registrationNumber',
    ],
    [
      'a number of another register',
      { registrationNumber: '123456789', registrationExpiresOn: '2027-01-01' },
      'registrationNumber',
    ],
    [
      'an expert without recognised training or exception',
      { trainingRecognised: false },
      'trainingException',
    ],
    ['a staff member in an expert role', { kind: 'staff', roles: ['supportWorker'] }, 'roles'],
    ['an expert in a staff role', { roles: ['ownExperienceInSupport'] }, 'roles'],
    ['a registration without expiry', { registrationNumber: '461012345' }, 'registrationExpiresOn'],
    ['dates in the wrong order', { startedOn: '2025-01-01', endedOn: '2024-01-01' }, 'endedOn'],
    ['no level', { levels: [] }, 'levels'],
    ['31 February', { startedOn: '2025-02-31' }, 'startedOn'],
  ])('refuses %s', (_label, change, path) => {
    expect(issues(personInputSchema.safeParse({ ...person, ...change }))).toContain(path);
  });
});

describe('the kinds and their rules', () => {
  it('takes an exception with its reason instead of a recognised training', () => {
    const parsed = personInputSchema.parse({
      ...person,
      trainingRecognised: false,
      trainingException: 'In opleiding',
    });
    expect(parsed.trainingException).toBe('In opleiding');
  });

  it('asks no training of a staff member with experiential knowledge, and gives her her own roles', () => {
    const parsed = personInputSchema.parse({
      ...person,
      kind: 'staff',
      trainingRecognised: false,
      roles: ['ownExperienceInSupport'],
    });
    expect(parsed.roles).toEqual(['ownExperienceInSupport']);
  });

  it('says which message belongs to a refused number', () => {
    const result = personInputSchema.safeParse({
      ...person,
      registrationNumber: '4610 123',
      registrationExpiresOn: '2027-01-01',
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['registrationNumberFormat']);
  });

  it('records the BCP tasks per person and refuses unknown ones', () => {
    expect(personInputSchema.parse({ ...person, bcpTasks: ['advising', 'research'] }).bcpTasks).toEqual([
      'advising',
      'research',
    ]);
    expect(issues(personInputSchema.safeParse({ ...person, bcpTasks: ['magic'] }))).toEqual(['bcpTasks.0']);
  });
});

describe('professional records', () => {
  it('takes the NLQF level with its route and an SKJ registration', () => {
    const parsed = personInputSchema.parse({
      ...person,
      trainingNlqf: 6,
      trainingRoute: 'diploma',
      skjNumber: '110-012-345',
      skjExpiresOn: '2027-01-01',
    });
    expect(parsed).toMatchObject({ trainingNlqf: 6, trainingRoute: 'diploma', skjNumber: '110012345' });
  });

  it.each([
    ['an NLQF level of 9', { trainingNlqf: 9 }, 'trainingNlqf'],
    ['an SKJ number without expiry', { skjNumber: '110012345' }, 'skjExpiresOn'],
    ['an SKJ number with letters', { skjNumber: 'SKJ1', skjExpiresOn: '2027-01-01' }, 'skjNumber'],
  ])('refuses %s', (_label, change, path) => {
    expect(issues(personInputSchema.safeParse({ ...person, ...change }))).toContain(path);
  });

  it('takes the job, its scale and the addendum (functiehuis)', () => {
    const parsed = personInputSchema.parse({
      ...person,
      jobTitle: ' Herstelcoach ',
      salaryScale: 'FWG 45',
      jobAddendum: true,
    });
    expect(parsed).toMatchObject({ jobTitle: 'Herstelcoach', salaryScale: 'FWG 45', jobAddendum: true });
    expect(personInputSchema.parse(person)).toMatchObject({
      jobTitle: null,
      salaryScale: null,
      jobAddendum: false,
    });
  });

  it('takes a log’s duration in quarters of an hour, never negative', () => {
    const log = { kind: 'supervision', heldOn: '2026-01-01', setting: 'internal' };
    expect(logInputSchema.parse({ ...log, hours: 1.5 }).hours).toBe(1.5);
    expect(issues(logInputSchema.safeParse({ ...log, hours: -1 }))).toEqual(['hours']);
    expect(issues(logInputSchema.safeParse({ ...log, hours: 1.1 }))).toEqual(['hours']);
  });
});

describe('logInputSchema', () => {
  it('needs a name for a training', () => {
    expect(
      issues(logInputSchema.safeParse({ kind: 'training', heldOn: '2026-01-01', setting: 'external' })),
    ).toEqual(['title']);
    expect(
      logInputSchema.parse({ kind: 'supervision', heldOn: '2026-01-01', setting: 'internal' }).title,
    ).toBeNull();
  });
});

describe('activityInputSchema', () => {
  it('needs a name for an own activity and dates in order', () => {
    expect(issues(activityInputSchema.safeParse({ phases: ['recovery'] }))).toEqual(['name']);
    expect(
      issues(
        activityInputSchema.safeParse({
          activityKey: 'walkingGroups',
          phases: ['recovery'],
          startsOn: '2026-02-01',
          endsOn: '2026-01-01',
        }),
      ),
    ).toEqual(['endsOn']);
  });
});

describe('reachInputSchema', () => {
  const split = { adults: 8, children: 2, partners: 1, network: 1 };
  it('takes counts per quarter only, their sum as the participants', () => {
    expect(reachInputSchema.parse({ quarter: '2026-Q1', ...split })).toEqual({
      quarter: '2026-Q1',
      ...split,
      participants: 12,
      sessions: null,
    });
    expect(reachInputSchema.safeParse({ quarter: '2026-Q5', ...split }).success).toBe(false);
    expect(reachInputSchema.safeParse({ quarter: '2026-Q1', ...split, adults: -1 }).success).toBe(false);
  });
});

describe('privacy', () => {
  const split = { adults: 2, children: 0, partners: 0, network: 0 };
  it('refuses fields it does not know, such as a story or client names', () => {
    expect(personInputSchema.safeParse({ ...person, story: 'mijn verhaal' }).success).toBe(false);
    expect(reachInputSchema.safeParse({ quarter: '2026-Q1', ...split, names: ['Eva'] }).success).toBe(false);
  });
});
