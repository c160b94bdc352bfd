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
  const { q1, median, q3 } = network;
  const position: Position =
    own === median
      ? 'atMedian'
      : q1 === null || q3 === null
        ? own < median
          ? 'belowMedian'
          : 'aboveMedian'
        : own < q1
          ? 'belowQ1'
          : own < median
            ? 'q1ToMedian'
            : own <= q3
              ? 'medianToQ3'
              : 'aboveQ3';
  return { own, network, position };
}
