import { addDays, addMonths } from '../dates.ts';
import { type FundingSource, isValidRegistrationNumber, type PersonKind } from './keys.ts';
import { defaultRegistryNorms, type RegisterKey, type RegistryNorms } from './norms.ts';

/** How far ahead and back the signals look (the product's own windows; see norms.ts for the configurable ones). */
export const signalWindows = {
  /** A registration expiring within this many days is flagged. */
  registrationDays: 90,
  /** The default; each organisation sets its own (`RegistryNorms.reflectionMonths`). */
  reflectionMonths: defaultRegistryNorms.reflectionMonths,
  /** Funding ending within this many months is flagged. */
  fundingMonths: 6,
} as const;

export const signalKeys = [
  'registrationExpired',
  'registrationExpiring',
  'registrationRequired',
  'registrationNumberFormat',
  'skjExpired',
  'skjExpiring',
  'reflectionHoursShort',
  'trainingRequired',
  'trainingMissing',
  'noReflection',
  'nonStructuralFunding',
  'fundingEnding',
] as const;
export type SignalKey = (typeof signalKeys)[number];

/** A signal with the date it is about, if any (the expiry, the last session, the funding's end). */
export type Signal = { key: SignalKey; date: string | null };

export type SignalFacts = {
  kind: PersonKind;
  roles: readonly string[];
  trainingRecognised: boolean;
  trainingException: string | null;
  registrationNumber: string | null;
  registrationExpiresOn: string | null;
  /** The last intervisie or supervisie session, if any. */
  lastReflectionOn: string | null;
  fundingSource: FundingSource | null;
  fundingEndsOn: string | null;
  /** When the person started; someone new gets three months before a missing session counts. */
  startedOn: string | null;
  /** The SKJ registration (work with children), if any. */
  skjNumber?: string | null;
  skjExpiresOn?: string | null;
  /** Reflection hours logged in each register's current period (norms.ts `hoursInPeriod`). */
  periodHours?: Partial<Record<RegisterKey, number>>;
};

/** The organisation's conditions per role and its norms (registry settings). */
export type SignalConditions = {
  rolesRequiringTraining?: readonly string[];
  norms?: RegistryNorms;
};

/**
 * What needs attention for one person on `today` (docs/glossary.md: aandachtspunten in the register):
 * - the Registerplein registration has expired, or expires within 90 days;
 * - an ervaringsdeskundige holds a role that requires registration or a recognised training (the
 *   organisation's conditions per role) without it; a staff member with experiential knowledge is
 *   never asked to register (her roles have no conditions);
 * - an ervaringsdeskundige has neither a recognised training nor a recorded exception (records from
 *   before this rule), or a registration number not in Registerplein's form (4610…);
 * - an SKJ registration has expired or expires within 90 days;
 * - a registration expires within 90 days while the period's reflection hours are short of the norm;
 * - no intervisie or supervisie for 3 months, or the organisation's own number (unless the person
 *   started more recently than that);
 * - the funding is not structural (project or subsidy), or it ends within 6 months.
 */
export function computeSignals(
  facts: SignalFacts,
  today: string,
  rolesRequiringRegistration: readonly string[],
  conditions: SignalConditions = {},
): Signal[] {
  const norms = conditions.norms ?? defaultRegistryNorms;
  const rolesRequiringTraining = conditions.rolesRequiringTraining ?? [];
  const { registrationBy, reflectionDue, fundingBy } = cutoffsFor(today, norms.reflectionMonths);
  const signals: Signal[] = [];
  const expires = facts.registrationNumber ? facts.registrationExpiresOn : null;
  if (expires !== null && expires < today) signals.push({ key: 'registrationExpired', date: expires });
  else if (expires !== null && expires <= registrationBy)
    signals.push({ key: 'registrationExpiring', date: expires });
  const skjExpires = facts.skjNumber ? (facts.skjExpiresOn ?? null) : null;
  if (skjExpires !== null && skjExpires < today) signals.push({ key: 'skjExpired', date: skjExpires });
  else if (skjExpires !== null && skjExpires <= registrationBy)
    signals.push({ key: 'skjExpiring', date: skjExpires });
  // Before an expiry within the window: are the reflection hours of the period short of the norm?
  const dueSoon = (
    [
      ['registerplein', expires],
      ['skj', skjExpires],
    ] as const
  ).find(
    ([register, on]) =>
      on !== null &&
      on >= today &&
      on <= registrationBy &&
      (facts.periodHours?.[register] ?? 0) < norms[register].reflectionHours,
  );
  if (dueSoon) signals.push({ key: 'reflectionHoursShort', date: dueSoon[1] });
  const expert = facts.kind === 'expert';
  if (
    expert &&
    !facts.registrationNumber &&
    facts.roles.some((role) => rolesRequiringRegistration.includes(role))
  )
    signals.push({ key: 'registrationRequired', date: null });
  if (facts.registrationNumber && !isValidRegistrationNumber(facts.registrationNumber))
    signals.push({ key: 'registrationNumberFormat', date: null });
  if (
    expert &&
    !facts.trainingRecognised &&
    facts.roles.some((role) => rolesRequiringTraining.includes(role))
  )
    signals.push({ key: 'trainingRequired', date: null });
  else if (expert && !facts.trainingRecognised && !facts.trainingException)
    signals.push({ key: 'trainingMissing', date: null });
  const isNew = facts.startedOn !== null && facts.startedOn > reflectionDue;
  if (!isNew && (facts.lastReflectionOn === null || facts.lastReflectionOn < reflectionDue))
    signals.push({ key: 'noReflection', date: facts.lastReflectionOn });
  if (facts.fundingSource === 'project' || facts.fundingSource === 'subsidy')
    signals.push({ key: 'nonStructuralFunding', date: null });
  if (facts.fundingEndsOn !== null && facts.fundingEndsOn <= fundingBy)
    signals.push({ key: 'fundingEnding', date: facts.fundingEndsOn });
  return signals;
}

/** The three cut-off dates of a day, computed once per day (and norm) rather than once per person. */
let cached: {
  today: string;
  months: number;
  registrationBy: string;
  reflectionDue: string;
  fundingBy: string;
} | null = null;
function cutoffsFor(today: string, months: number) {
  if (cached?.today !== today || cached.months !== months) {
    cached = {
      today,
      months,
      registrationBy: addDays(today, signalWindows.registrationDays),
      reflectionDue: addMonths(today, -months),
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
