import { describe, expect, it } from 'vitest';
import {
  intervisionMethods,
  intervisionMinutes,
  intervisionRecordSchema,
  intervisionSteps,
  minutesToQuarterHours,
  namesIn,
} from '../index.ts';

describe('intervisie methods', () => {
  it('has steps with positive minutes for every method, each step once', () => {
    for (const method of intervisionMethods) {
      const steps = intervisionSteps[method];
      expect(steps.length).toBeGreaterThan(2);
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
      for (const step of steps) expect(step.minutes).toBeGreaterThan(0);
    }
  });

  it.each([
    ['incident', 55],
    ['balint', 60],
    ['gossip', 50],
    ['appreciativeInquiry', 55],
  ] as const)('%s takes %i minutes as planned', (method, minutes) => {
    expect(intervisionMinutes(method)).toBe(minutes);
  });

  it.each([
    [15, 0.25],
    [50, 0.75],
    [60, 1],
    [68, 1.25],
    [5, 0.25],
  ])('%i minutes are %f hours in the registry', (minutes, hours) => {
    expect(minutesToQuarterHours(minutes)).toBe(hours);
  });
});

describe('names in the record', () => {
  const names = ['Anna de Vries', 'Fatima El Amrani', 'Jo Bos', 'Élise van der Berg'];
  it.each([
    ['We spraken over grenzen stellen.', []],
    ['Anna de Vries bracht een casus in.', ['Anna de Vries']],
    ['anna vond het lastig', ['Anna de Vries']],
    ['Afspraak met de heer Amrani', ['Fatima El Amrani']],
    ['Elise kwam later', ['Élise van der Berg']],
    ['Jo Bos was er ook', ['Jo Bos']],
    ['jo wil meer tijd', []],
    ['De vries in de koelkast', ['Anna de Vries']],
    ['annalen van de opvang', []],
    ['Bergen op Zoom', []],
    ['berg en dal', ['Élise van der Berg']],
  ])('“%s” names %j', (text, expected) => {
    expect(namesIn(text, names)).toEqual(expected);
  });
});

describe('the record', () => {
  it('refuses unknown fields and overlong text', () => {
    expect(intervisionRecordSchema.safeParse({ themes: 'a', agreements: 'b', version: 1 }).success).toBe(
      true,
    );
    expect(
      intervisionRecordSchema.safeParse({ themes: 'a', agreements: 'b', version: 1, client: 'x' }).success,
    ).toBe(false);
    expect(
      intervisionRecordSchema.safeParse({ themes: 'a'.repeat(4001), agreements: '', version: 1 }).success,
    ).toBe(false);
  });
});
