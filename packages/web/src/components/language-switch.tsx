import { useTranslation } from 'react-i18next';
import { changeLocale, useLocale } from '../lib/i18n.ts';

/** One button to the other language, labelled in that language so its speakers recognise it. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="button button--subtle"
      lang={other}
      aria-label={t('shell.languageSwitchLabel')}
      onClick={() => void changeLocale(other)}
    >
      {t('shell.languageSwitch')}
    </button>
  );
}
