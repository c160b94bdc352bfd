/** The one row an INSERT … RETURNING gave back; no row means the write failed, which is a bug. */
export function insertedRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('the insert returned no row');
  return row;
}
