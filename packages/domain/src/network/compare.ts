import type { NetworkFigure } from './benchmark.ts';

/**
 * Where an organisation's own value sits against the network: against its quartiles where the
 * network has them, else against its median; exactly on the median is its own place.
 */
export type Position =
  | 'belowQ1'
  | 'q1ToMedian'
  | 'atMedian'
  | 'medianToQ3'
  | 'aboveQ3'
  | 'belowMedian'
  | 'aboveMedian';

export type Comparison = {
  own: number | null;
  network: NetworkFigure;
  /** null when the organisation has no value of its own or the network figure is withheld. */
  position: Position | null;
};

/**
 * An organisation's own figure beside the network's. Only the organisation's own value and the
 * network aggregate go in; another organisation's value can never reach this answer.
 */
export function compareWithNetwork(own: number | null, network: NetworkFigure): Comparison {
  if (own === null || network.withheld) return { own, network, position: null };
  // Compared as the page shows them (one decimal at most): a score shown equal to the median is
  // "gelijk aan het midden", never "iets boven het midden" for a difference nobody can see.
  const shown = (value: number) => Math.round(value * 10) / 10;
  const value = shown(own);
  const median = shown(network.median);
  const q1 = network.q1 === null ? null : shown(network.q1);
  const q3 = network.q3 === null ? null : shown(network.q3);
  const position: Position =
    value === median
      ? 'atMedian'
      : q1 === null || q3 === null
        ? value < median
          ? 'belowMedian'
          : 'aboveMedian'
        : value < q1
          ? 'belowQ1'
          : value < median
            ? 'q1ToMedian'
            : value <= q3
              ? 'medianToQ3'
              : 'aboveQ3';
  return { own, network, position };
}
