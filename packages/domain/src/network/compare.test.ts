import { describe, expect, it } from 'vitest';
import type { NetworkFigure } from './benchmark.ts';
import { compareWithNetwork, type Position } from './compare.ts';

const network: NetworkFigure = { withheld: false, organisations: 8, q1: 2.5, median: 3, q3: 3.5 };
const small: NetworkFigure = { withheld: false, organisations: 5, q1: null, median: 3, q3: null };

describe('compareWithNetwork', () => {
  it.each<[number, Position]>([
    [2, 'belowQ1'],
    [2.5, 'q1ToMedian'],
    [2.9, 'q1ToMedian'],
    [3, 'atMedian'],
    // Shown as 3,0 beside a median of 3,0: equal, not "iets boven het midden".
    [3.04, 'atMedian'],
    [2.96, 'atMedian'],
    [3.1, 'medianToQ3'],
    [3.5, 'medianToQ3'],
    [3.6, 'aboveQ3'],
  ])('places %s at %s', (own, position) => {
    expect(compareWithNetwork(own, network).position).toBe(position);
  });

  it.each<[number, Position]>([
    [2, 'belowMedian'],
    [3, 'atMedian'],
    [3.4, 'aboveMedian'],
  ])('places %s at %s against a network without quartiles (under seven organisations)', (own, position) => {
    expect(compareWithNetwork(own, small).position).toBe(position);
  });

  it('gives no position without an own figure or with a withheld network figure', () => {
    expect(compareWithNetwork(null, network).position).toBeNull();
    const withheld: NetworkFigure = { withheld: true, reason: 'tooFewOrganisations' };
    expect(compareWithNetwork(3, withheld)).toEqual({ own: 3, network: withheld, position: null });
  });
});
