import { addDays, addMonths } from '../dates.ts';
import type { FundingSource } from './keys.ts';

/** How far ahead and back the signals look. */
export const signalWindows = {
  /** A registration expiring within this many days is flagged. */
  registrationDays: 90,
  /** No intervisie or supervisie for this many months is flagged. */
  reflectionMonths: 3,
  /** Funding ending within this many months is flagged. */
  fundingMonths: 6,
} as const;

export const signalKeys = [
  'registrationExpired',
  'registrationExpiring',
  'registrationRequired',
  'noReflection',
  'nonStructuralFunding',
  'fundingEnding',
] as const;
export type SignalKey = (typeof signalKeys)[number];

/** A signal with the date it is about, if any (the expiry, the last session, the funding's end). */
export type Signal = { key: SignalKey; date: string | null };

export type SignalFacts = {
  roles: readonly string[];
  registrationNumber: string | null;
  registrationExpiresOn: string | null;
  /** The last intervisie or supervisie session, if any. */
  lastReflectionOn: string | null;
  fundingSource: FundingSource | null;
  fundingEndsOn: string | null;
  /** When the person started; someone new gets three months before a missing session counts. */
  startedOn: string | null;
};

/**
 * What needs attention for one person on `today` (docs/glossary.md: aandachtspunten in the register):
 * - the Registerplein registration has expired, or expires within 90 days;
 * - a role that requires registration (the organisation's setting) is held without one;
 * - no intervisie or supervisie for 3 months (unless the person started less than 3 months ago);
 * - the funding is not structural (project or subsidy), or it ends within 6 months.
 */
export function computeSignals(
  facts: SignalFacts,
  today: string,
  rolesRequiringRegistration: readonly string[],
): Signal[] {
  const { registrationBy, reflectionDue, fundingBy } = cutoffsFor(today);
  const signals: Signal[] = [];
  const expires = facts.registrationNumber ? facts.registrationExpiresOn : null;
  if (expires !== null && expires < today) signals.push({ key: 'registrationExpired', date: expires });
  else if (expires !== null && expires <= registrationBy)
    signals.push({ key: 'registrationExpiring', date: expires });
  if (!facts.registrationNumber && facts.roles.some((role) => rolesRequiringRegistration.includes(role)))
    signals.push({ key: 'registrationRequired', date: null });
  const isNew = facts.startedOn !== null && facts.startedOn > reflectionDue;
  if (!isNew && (facts.lastReflectionOn === null || facts.lastReflectionOn < reflectionDue))
    signals.push({ key: 'noReflection', date: facts.lastReflectionOn });
  if (facts.fundingSource === 'project' || facts.fundingSource === 'subsidy')
    signals.push({ key: 'nonStructuralFunding', date: null });
  if (facts.fundingEndsOn !== null && facts.fundingEndsOn <= fundingBy)
    signals.push({ key: 'fundingEnding', date: facts.fundingEndsOn });
  return signals;
}

/** The three cut-off dates of a day, computed once per day rather than once per person. */
let cached: { today: string; registrationBy: string; reflectionDue: string; fundingBy: string } | null = null;
function cutoffsFor(today: string) {
  if (cached?.today !== today) {
    cached = {
      today,
      registrationBy: addDays(today, signalWindows.registrationDays),
      reflectionDue: addMonths(today, -signalWindows.reflectionMonths),
      fundingBy: addMonths(today, signalWindows.fundingMonths),
    };
  }
  return cached;
}

/** How many people have each signal, for the summary above the signals list. */
export function countSignals(perPerson: ReadonlyArray<readonly Signal[]>): Record<SignalKey, number> {
  const counts = Object.fromEntries(signalKeys.map((key) => [key, 0])) as Record<SignalKey, number>;
  for (const signals of perPerson) for (const signal of signals) counts[signal.key] += 1;
  return counts;
}
