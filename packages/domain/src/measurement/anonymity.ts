/**
 * The anonymity thresholds (docs/anonymity.md). What may be shown is decided once per wave, over all its
 * views together, by `publishWave` (publication.ts) with the rules of disclosure.ts.
 */

/** No aggregate of fewer responses is ever shown or exported. */
export const minimumCellSize = 5;
/** For sensitive items (own experience with domestic violence) and open answers. */
export const minimumSensitiveCellSize = 10;
