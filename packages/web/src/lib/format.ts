import type { Locale } from '@derde-bron/domain';

/**
 * Dates and numbers in the reader's language, written once for the whole app (and the
 * questionnaire's own page, so nothing here may pull in more than the domain's types).
 */

/**
 * The months as Intl writes them in a date (CLDR), for `formatDay`: the first `Intl` date format a
 * page makes loads the browser's locale data, a task a phone spends some 200 ms on, and the
 * questionnaire's first screen shows two days. format-intl.test.ts holds these to Intl's output.
 */
const monthNames: Record<Locale, readonly string[]> = {
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A day (YYYY-MM-DD) in words, e.g. "3 maart 2026" or "March 3, 2026", without shifting it by a time
 * zone: the same words as Intl's long date style, without Intl (see `monthNames`).
 */
export function formatDay(day: string, locale: Locale): string {
  const [, year, month, dayOfMonth] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(day) ?? []).map(Number);
  const name = monthNames[locale][(month ?? 0) - 1];
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, dayOfMonth));
  // Date.UTC rolls 30 February over into March: such a day is no day.
  if (name === undefined || date.getUTCDate() !== dayOfMonth) return day;
  return locale === 'nl' ? `${dayOfMonth} ${name} ${year}` : `${name} ${dayOfMonth}, ${year}`;
}

/** Today as YYYY-MM-DD in the reader's own time zone (default days, deadlines). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A day some days after another (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A moment with its time: "6 dec 2026 14:05". */
export const dateTimeFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment as a long day with its time: "6 december 2026 om 14:05". */
export const longDateTimeFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });

/** A moment as a day in words: "6 december 2026". */
export const longDateFormat = (locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' });

/** A moment as a short day: "6 dec 2026". */
export const mediumDateFormat = (locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

/** A snapshot's month (YYYY-MM) in words: "december 2026", "December 2026". */
export function formatPeriod(period: string, locale: Locale): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (!/^\d{4}-\d{2}$/.test(period) || Number.isNaN(date.getTime())) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A moment as a day in the reader's own time zone: "6 december 2026"; unreadable input as it is. */
export function formatTakenAt(takenAt: string, locale: Locale): string {
  const date = new Date(takenAt);
  if (Number.isNaN(date.getTime())) return takenAt;
  return longDateFormat(locale).format(date);
}

/** Numbers with one decimal at most: "3,4", "12". */
export const decimalFormat = (locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

/** Euros as the reader's language writes them: "€ 1.250,00" or "€1,250.00". */
export const formatEuros = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);

/** FTE with two decimals at most: "2,25". */
export const formatFte = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

/**
 * A number typed in a field, with a decimal comma or point ("2,5" or "2.5"); null when the field
 * is empty, NaN when it is not a number.
 */
export const parseDecimal = (typed: string): number | null =>
  typed.trim() === '' ? null : Number(typed.trim().replace(',', '.'));

/** A whole number as the reader's language writes it: "1.250" or "1,250". */
export const formatNumber = (value: number, locale: Locale) => new Intl.NumberFormat(locale).format(value);

/** A mean on the 1–5 scale with one decimal in the reader's language: "3,4" or "3.4". */
export function formatMean(mean: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

/** A difference between two means with its sign: "+0,4", "−0,2", "0,0". */
export function formatDifference(difference: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(difference);
}

/**
 * A share 0..1 as a whole percentage: "12%", as Intl writes it in both languages, without Intl (the
 * questionnaire's first screen shows one; see `monthNames`).
 */
export function formatShare(share: number, _locale: Locale): string {
  // Intl rounds the shortest decimal that reads back as the number: 0.145 is 15%, though
  // 0.145 * 100 is 14.499999999999998 in binary.
  return `${Math.round(Number((share * 100).toPrecision(15)))}%`;
}

/** A margin on a share (0..1) in whole percentage points, without the unit: "12". */
export function formatPercentagePoints(margin: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(margin * 100);
}

/** A file size in words: "12 kB", "1,4 MB". */
export function formatSize(bytes: number, locale: Locale): string {
  const number = decimalFormat(locale);
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
