import type { NetworkFigure } from './benchmark.ts';

/** Where an organisation's own value sits against the network's quartiles. */
export type Position = 'belowQ1' | 'q1ToMedian' | 'medianToQ3' | 'aboveQ3';

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
  const position: Position =
    own < network.q1
      ? 'belowQ1'
      : own < network.median
        ? 'q1ToMedian'
        : own <= network.q3
          ? 'medianToQ3'
          : 'aboveQ3';
  return { own, network, position };
}
