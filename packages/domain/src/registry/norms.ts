import { addMonths } from '../dates.ts';

/**
 * The two registers an ervaringsdeskundige may be in: Registerplein (the profession's register) and
 * SKJ (Stichting Kwaliteitsregister Jeugd, needed for work with children).
 */
export const registers = ['registerplein', 'skj'] as const;
export type RegisterKey = (typeof registers)[number];

/**
 * The norms the signals and the hours per period use. None of these numbers is a rule of the
 * guide, Registerplein or SKJ: they are Derde Bron's own starting points, labelled as such on the
 * page, and each organisation sets its own (registry settings). Check the registers' current
 * re-registration rules before relying on them.
 */
export type RegistryNorms = {
  /** No intervisie or supervisie for this many months gives a signal. */
  reflectionMonths: number;
  /** Per register: the length of a re-registration period and the reflection hours asked in it. */
  registerplein: { periodMonths: number; reflectionHours: number };
  skj: { periodMonths: number; reflectionHours: number };
};

export const defaultRegistryNorms: RegistryNorms = {
  reflectionMonths: 3,
  registerplein: { periodMonths: 60, reflectionHours: 40 },
  skj: { periodMonths: 60, reflectionHours: 40 },
};

export const normLimits = { reflectionMonths: 24, periodMonths: 120, reflectionHours: 1000 } as const;

export type ReflectionLog = { kind: string; heldOn: string; hours: number | null };

export type PeriodHours = {
  register: RegisterKey;
  /** The period runs from `from` (exclusive) to the registration's expiry `to` (inclusive). */
  from: string;
  to: string;
  hours: number;
  norm: number;
  /** Hours still to go before the expiry; 0 when the norm is met. */
  short: number;
};

const reflectionKinds = new Set(['intervision', 'supervision']);

/**
 * Reflection hours (intervisie and supervisie with a duration) in the re-registration period that
 * ends when the registration expires, against the register's norm. Logs without a duration count
 * for nothing: the page says so.
 */
export function hoursInPeriod(
  register: RegisterKey,
  expiresOn: string,
  logs: readonly ReflectionLog[],
  norms: RegistryNorms,
): PeriodHours {
  const { periodMonths, reflectionHours } = norms[register];
  const from = addMonths(expiresOn, -periodMonths);
  const hours = logs
    .filter((log) => reflectionKinds.has(log.kind) && log.heldOn > from && log.heldOn <= expiresOn)
    .reduce((sum, log) => sum + (log.hours ?? 0), 0);
  const rounded = Math.round(hours * 100) / 100;
  return {
    register,
    from,
    to: expiresOn,
    hours: rounded,
    norm: reflectionHours,
    short: Math.max(0, Math.round((reflectionHours - rounded) * 100) / 100),
  };
}

/** The current period of each registration the person holds (with an expiry), with its hours. */
export function registrationPeriods(
  person: {
    registrationNumber: string | null;
    registrationExpiresOn: string | null;
    skjNumber: string | null;
    skjExpiresOn: string | null;
  },
  logs: readonly ReflectionLog[],
  norms: RegistryNorms,
): PeriodHours[] {
  const held: Array<[RegisterKey, string | null]> = [
    ['registerplein', person.registrationNumber ? person.registrationExpiresOn : null],
    ['skj', person.skjNumber ? person.skjExpiresOn : null],
  ];
  return held.flatMap(([register, expiresOn]) =>
    expiresOn ? [hoursInPeriod(register, expiresOn, logs, norms)] : [],
  );
}
