import type { ItemStatus } from '../roadmap/statuses.ts';

export type StatusChange = {
  itemKey: string;
  /** ISO timestamp of the change. */
  changedAt: string;
  changes: ReadonlyArray<{ field: string; from: string | null; to: string | null }>;
};

const statuses: readonly string[] = ['notStarted', 'inProgress', 'done', 'notApplicable'];

/**
 * Each item's status at the end of a day (YYYY-MM-DD), rebuilt from the change history: the last
 * status change up to and including that day; items never changed are "not started".
 */
export function statusesAt(
  itemKeys: readonly string[],
  history: readonly StatusChange[],
  day: string,
): Map<string, ItemStatus> {
  const result = new Map<string, ItemStatus>(itemKeys.map((key) => [key, 'notStarted']));
  const latest = new Map<string, string>();
  for (const entry of history) {
    if (entry.changedAt.slice(0, 10) > day || !result.has(entry.itemKey)) continue;
    const change = entry.changes.find((c) => c.field === 'status');
    if (!change || change.to === null || !statuses.includes(change.to)) continue;
    const seen = latest.get(entry.itemKey);
    if (seen !== undefined && seen > entry.changedAt) continue;
    latest.set(entry.itemKey, entry.changedAt);
    result.set(entry.itemKey, change.to as ItemStatus);
  }
  return result;
}
