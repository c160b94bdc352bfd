import type { Locale } from '@derde-bron/domain';

/** A snapshot's month (YYYY-MM) in words: "december 2026", "December 2026". */
export function formatPeriod(period: string, locale: Locale): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (!/^\d{4}-\d{2}$/.test(period) || Number.isNaN(date.getTime())) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** When a snapshot was worked out, as a day in the reader's own time zone: "6 december 2026". */
export function formatTakenAt(takenAt: string, locale: Locale): string {
  const date = new Date(takenAt);
  if (Number.isNaN(date.getTime())) return takenAt;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
