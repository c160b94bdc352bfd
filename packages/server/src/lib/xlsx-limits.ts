/** At most this many cells (rows × columns of the used range) in an imported sheet. */
export const maxSpreadsheetCells = 200_000;
/** A worker reading a spreadsheet gets this much heap and this long; then it is stopped. */
export const spreadsheetWorkerLimits = {
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 48,
  timeoutMs: 15_000,
};
