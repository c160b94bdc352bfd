import { describe, expect, it } from 'vitest';
import { fairFigures, type RegistryCounts, sizeBandOf } from './fair.ts';
import { organisationSizeChangeSchema } from './schema.ts';

const counts = (over: Partial<RegistryCounts> = {}): RegistryCounts => ({
  experts: 4,
  expertHours: 108,
  structuralExpertHours: 72,
  registeredExperts: 3,
  reachLastYear: 150,
  ...over,
});

describe('fairFigures', () => {
  it('gives a small and a large organisation with the same share of experts the same figures', () => {
    // 3 expert FTE in 60 FTE staff, and 30 expert FTE in 600: both 5 per 100 FTE.
    const small = fairFigures(
      counts({
        experts: 4,
        expertHours: 108,
        structuralExpertHours: 72,
        registeredExperts: 3,
        reachLastYear: 150,
      }),
      { staffFte: 60, clientsPerYear: 300 },
    );
    const large = fairFigures(
      counts({
        experts: 40,
        expertHours: 1080,
        structuralExpertHours: 720,
        registeredExperts: 30,
        reachLastYear: 1500,
      }),
      { staffFte: 600, clientsPerYear: 3000 },
    );
    expect(small).toEqual(large);
    expect(small).toEqual({
      expertFtePer100Staff: 5,
      structuralFteShare: 66.7,
      registeredShare: 75,
      reachPer1000Clients: 500,
    });
    // The raw counts would have told them apart tenfold.
    expect(sizeBandOf(60)).toBe('small');
    expect(sizeBandOf(600)).toBe('large');
  });

  it('leaves out what it cannot know: no size, no experts, no hours, no reach', () => {
    expect(
      fairFigures(
        counts({
          experts: 0,
          expertHours: 0,
          structuralExpertHours: 0,
          registeredExperts: 0,
          reachLastYear: null,
        }),
        {
          staffFte: null,
          clientsPerYear: null,
        },
      ),
    ).toEqual({
      expertFtePer100Staff: null,
      structuralFteShare: null,
      registeredShare: null,
      reachPer1000Clients: null,
    });
    expect(fairFigures(counts(), { staffFte: 0, clientsPerYear: 0 }).expertFtePer100Staff).toBeNull();
  });

  it.each([
    [null, null],
    [0, null],
    [12, 'small'],
    [99.9, 'small'],
    [100, 'medium'],
    [399, 'medium'],
    [400, 'large'],
  ] as const)('puts %s FTE staff in band %s', (fte, band) => {
    expect(sizeBandOf(fte)).toBe(band);
  });
});

describe('organisationSizeChangeSchema', () => {
  it('accepts a size, or none', () => {
    expect(organisationSizeChangeSchema.parse({ version: 1, staffFte: 120.5, clientsPerYear: 800 })).toEqual({
      version: 1,
      staffFte: 120.5,
      clientsPerYear: 800,
    });
    expect(
      organisationSizeChangeSchema.safeParse({ version: 1, staffFte: null, clientsPerYear: null }).success,
    ).toBe(true);
  });

  it.each([
    [{ staffFte: -3 }, 'staffFte', 'notNegative'],
    [{ clientsPerYear: 10.5 }, 'clientsPerYear', 'wholeNumber'],
  ])('refuses %o on its field', (change, path, message) => {
    const issues =
      organisationSizeChangeSchema.safeParse({ version: 1, staffFte: 50, clientsPerYear: 200, ...change })
        .error?.issues ?? [];
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
  });
});
