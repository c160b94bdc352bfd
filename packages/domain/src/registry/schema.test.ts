import { describe, expect, it } from 'vitest';
import { activityInputSchema, logInputSchema, personInputSchema, reachInputSchema } from './schema.ts';

const person = { name: 'Anna', kind: 'expert', levels: ['practice'], employment: 'paid' };
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('personInputSchema', () => {
  it('fills defaults and normalises the registration number', () => {
    const parsed = personInputSchema.parse({
      ...person,
      roles: ['buddy', 'buddy'],
      registrationNumber: '12 34 56',
      registrationExpiresOn: '2027-01-01',
    });
    expect(parsed.roles).toEqual(['buddy']);
    expect(parsed.registrationNumber).toBe('123456');
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
    ['a registration without expiry', { registrationNumber: '123456' }, 'registrationExpiresOn'],
    ['dates in the wrong order', { startedOn: '2025-01-01', endedOn: '2024-01-01' }, 'endedOn'],
    ['no level', { levels: [] }, 'levels'],
    ['31 February', { startedOn: '2025-02-31' }, 'startedOn'],
  ])('refuses %s', (_label, change, path) => {
    expect(issues(personInputSchema.safeParse({ ...person, ...change }))).toContain(path);
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
  it('takes counts per quarter only', () => {
    expect(reachInputSchema.parse({ quarter: '2026-Q1', participants: 12 })).toEqual({
      quarter: '2026-Q1',
      participants: 12,
      sessions: null,
    });
    expect(reachInputSchema.safeParse({ quarter: '2026-Q5', participants: 1 }).success).toBe(false);
    expect(reachInputSchema.safeParse({ quarter: '2026-Q1', participants: -1 }).success).toBe(false);
  });
});

describe('privacy', () => {
  it('refuses fields it does not know, such as a story or client names', () => {
    expect(personInputSchema.safeParse({ ...person, story: 'mijn verhaal' }).success).toBe(false);
    expect(reachInputSchema.safeParse({ quarter: '2026-Q1', participants: 2, names: ['Eva'] }).success).toBe(
      false,
    );
  });
});
