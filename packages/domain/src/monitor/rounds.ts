import type { MonitorContent } from './content.ts';
import { type MonitorRoundKind, monitorRoundKinds } from './levels.ts';

export type RoundProblem = 'monitorRoundExists' | 'monitorEndNeedsBegin';

/**
 * Whether a new round may start: each cycle has one begin- and one eind-meting, and the eind-meting
 * compares with a begin-meting, so that one must be there first.
 */
export function newRoundProblem(
  existing: ReadonlyArray<{ cycle: number; kind: MonitorRoundKind }>,
  round: { cycle: number; kind: MonitorRoundKind },
): RoundProblem | null {
  if (existing.some((r) => r.cycle === round.cycle && r.kind === round.kind)) return 'monitorRoundExists';
  if (round.kind === 'end' && !existing.some((r) => r.cycle === round.cycle && r.kind === 'begin'))
    return 'monitorEndNeedsBegin';
  return null;
}

/** Whether a subject key (`step:…`, `item:…`) is in a content version. */
export function isMonitorSubject(content: MonitorContent, subjectKey: string): boolean {
  const [kind, key] = subjectKey.split(':');
  if (kind === 'step') return content.steps.some((step) => step.stepKey === key);
  if (kind === 'item') return content.steps.some((step) => step.items.some((item) => item.itemKey === key));
  return false;
}

/** Rounds in the order they happen: by cycle, the begin-meting before the eind-meting. */
export function roundOrder(
  a: { cycle: number; kind: MonitorRoundKind },
  b: { cycle: number; kind: MonitorRoundKind },
) {
  return a.cycle - b.cycle || monitorRoundKinds.indexOf(a.kind) - monitorRoundKinds.indexOf(b.kind);
}
