import type { Locale } from '@derde-bron/domain';

const formats = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A day (YYYY-MM-DD) as people write it: "10 januari 2027" in Dutch, "10 January 2027" in English. */
export function formatDay(day: string, locale: Locale): string {
  return formats[locale].format(new Date(`${day}T00:00:00Z`));
}
