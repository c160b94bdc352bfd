import type { Locale, LocalizedText } from '@derde-bron/domain';
import { useTranslation } from 'react-i18next';

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

/** The language a person chose before (the `lang` cookie the staff app keeps), else Dutch. */
export function readChosenLocale(): Locale {
  const match = document.cookie.match(/(?:^|;\s*)lang=(nl|en)(?:;|$)/);
  return (match?.[1] as Locale | undefined) ?? 'nl';
}
