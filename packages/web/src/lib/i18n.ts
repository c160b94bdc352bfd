import { type Locale, locales } from '@derde-bron/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../i18n/nl.json';
import { readChosenLocale } from './locale.ts';

export { useLocale, useLocalized } from './locale.ts';

/** Shared with the server, which answers in the same language (see server i18n/locale.ts). */
const localeCookie = 'lang';

/**
 * Dutch comes with the app; English is loaded the first time it is needed, so that a page never
 * downloads both catalogues (each is some 20 kB compressed).
 */
async function ensureCatalogue(locale: Locale) {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  const { default: catalogue } = await import('../i18n/en.json');
  i18next.addResourceBundle(locale, 'translation', catalogue);
}

/** Starts i18n in `locale`; resolves once its catalogue is there (at once for Dutch). */
export function initI18n(locale: Locale = readChosenLocale()): Promise<void> {
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = 'nl';
  return locale === 'nl' ? Promise.resolve() : changeLocale(locale, { remember: false });
}

/**
 * Switches the language and keeps the choice for a year (a language is not sensitive), unless
 * `remember` is false: pages for people without an account (the questionnaire) leave nothing behind.
 */
export async function changeLocale(locale: Locale, { remember = true }: { remember?: boolean } = {}) {
  await ensureCatalogue(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (!remember) return;
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari; the value is one of two fixed words.
  document.cookie = `${localeCookie}=${locale}; path=/; max-age=31536000; SameSite=Strict`;
}
