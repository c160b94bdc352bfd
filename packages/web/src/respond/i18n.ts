import nl from 'virtual:catalogue-part/nl';
import type { Locale } from '@derde-bron/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readChosenLocale } from '../lib/locale.ts';

/**
 * i18n for the questionnaire page: only the texts it shows, Dutch with the page and English loaded
 * when it is chosen. The choice is never stored: a respondent's browser keeps nothing of this site.
 * A language chosen earlier in the staff app (its `lang` cookie) is followed.
 */
export function initRespondentI18n(): Promise<void> {
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = 'nl';
  const chosen = readChosenLocale();
  return chosen === 'nl' ? Promise.resolve() : switchLanguage(chosen);
}

export async function switchLanguage(locale: Locale) {
  if (!i18next.hasResourceBundle(locale, 'translation')) {
    const { default: catalogue } = await import('virtual:catalogue-part/en');
    i18next.addResourceBundle(locale, 'translation', catalogue);
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
