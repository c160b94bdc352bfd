import type { Signal, SignalKey } from './signals.ts';

/**
 * The signals an expert can be mailed about herself (opt-in): her registration or SKJ registration
 * expiring or expired, her funding ending, and no intervisie or supervisie for too long.
 */
export const signalMailKeys = [
  'registrationExpiring',
  'registrationExpired',
  'skjExpiring',
  'skjExpired',
  'fundingEnding',
  'noReflection',
] as const satisfies readonly SignalKey[];
export type SignalMailKey = (typeof signalMailKeys)[number];

/** A mailed signal: its key and its date ('' when the signal has none). */
export type SentSignal = { key: string; date: string };

const isMailKey = (key: SignalKey): key is SignalMailKey =>
  (signalMailKeys as readonly string[]).includes(key);

/** The date a sent signal is stored with: '' when the signal has no date. */
export const signalMailDate = (signal: Signal): string => signal.date ?? '';

/**
 * Which signals to mail: the expert-relevant ones not mailed before. A signal is identified by its
 * key and its date, so the same signal is mailed once, and a changed date (a renewed registration
 * that later expires again) is mailed again.
 */
export function signalMailsDue(
  signals: readonly Signal[],
  alreadySent: readonly SentSignal[],
): (Signal & { key: SignalMailKey })[] {
  const sent = new Set(alreadySent.map((s) => `${s.key}\u0000${s.date}`));
  const due: (Signal & { key: SignalMailKey })[] = [];
  for (const signal of signals) {
    const { key } = signal;
    if (!isMailKey(key)) continue;
    const id = `${key}\u0000${signalMailDate(signal)}`;
    if (sent.has(id)) continue;
    sent.add(id);
    due.push({ key, date: signal.date });
  }
  return due;
}
