import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { changeLocale, useLocale } from '../lib/i18n.ts';

/** A route's `handle` may say that the page keeps nothing in the browser, not even the language. */
export type RouteHandle = { keepsNothing?: boolean };

/** One button to the other language, labelled in that language so its speakers recognise it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const other = locale === 'nl' ? 'en' : 'nl';
  const remember = !useMatches().some((match) => (match.handle as RouteHandle | undefined)?.keepsNothing);
  return (
    <button
      type="button"
      className="button button--subtle"
      lang={other}
      aria-label={t('shell.languageSwitchLabel')}
      onClick={() => void changeLocale(other, { remember })}
    >
      {t('shell.languageSwitch')}
    </button>
  );
}
