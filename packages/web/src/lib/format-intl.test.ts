import { locales } from '@derde-bron/domain';
import { describe, expect, it } from 'vitest';
import { formatDay, formatShare } from './format.ts';

/** Days and shares are written without Intl (format.ts says why); they must read as Intl's do. */
describe('days and shares written without Intl', () => {
  it('writes every day of a leap year and of another as Intl’s long date style does', () => {
    for (const locale of locales) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (const year of [2026, 2028]) {
        for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; ) {
          const iso = day.toISOString().slice(0, 10);
          expect(formatDay(iso, locale), iso).toBe(intl.format(day));
          day = new Date(day.getTime() + 86_400_000);
        }
      }
    }
  });

  it('shows what it got when that is not a day', () => {
    for (const text of ['later', '2026-13-01', '2026-02-30', '2026-2-3', ' 2026-02-03']) {
      expect(formatDay(text, 'nl')).toBe(text);
    }
  });

  it('writes every share in steps of a tenth of a percent as Intl’s whole percentage does', () => {
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      for (let step = 0; step <= 1000; step++) {
        const share = step / 1000;
        expect(formatShare(share, locale), String(share)).toBe(intl.format(share));
      }
    }
  });
});
