import { type Locale, type LocalizedText, locales } from '@derde-bron/domain';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';

/** Shared with the server, which answers in the same language (see server i18n/locale.ts). */
const localeCookie = 'lang';

export const catalogues = { nl, en } as const;

function readChosenLocale(): Locale {
  const match = document.cookie.match(/(?:^|;\s*)lang=(nl|en)(?:;|$)/);
  return (match?.[1] as Locale | undefined) ?? 'nl';
}

export function initI18n(locale: Locale = readChosenLocale()) {
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: locale,
    fallbackLng: 'nl',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

/**
 * Switches the language and keeps the choice for a year (a language is not sensitive), unless
 * `remember` is false: pages for people without an account (the questionnaire) leave nothing behind.
 */
export async function changeLocale(locale: Locale, { remember = true }: { remember?: boolean } = {}) {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  if (!remember) return;
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari; the value is one of two fixed words.
  document.cookie = `${localeCookie}=${locale}; path=/; max-age=31536000; SameSite=Strict`;
}

/** The current locale, typed, for picking a side of the content's `{ nl, en }` texts. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

/** Picks the current language's side of a `{ nl, en }` text from the framework content. */
export function useLocalized() {
  const locale = useLocale();
  return (text: LocalizedText) => text[locale];
}
