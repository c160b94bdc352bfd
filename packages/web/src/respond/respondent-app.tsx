import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { publicNavItems } from '../components/public-nav.ts';
import { QuickExit } from '../components/quick-exit.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { RespondPage } from '../features/measurement/components/respond-page.tsx';
import { useLocale } from '../lib/locale.ts';
import { switchLanguage } from './i18n.ts';

/** The questionnaire page: its frame around the page itself. */
export function RespondentApp() {
  return (
    <RespondentFrame>
      <RespondPage />
    </RespondentFrame>
  );
}

/**
 * The questionnaire page's frame: the staff app's header and footer as plain links (a link away is
 * a page load, which the questionnaire's leave guard asks about first), and the quick exit.
 */
export function RespondentFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const other = locale === 'nl' ? 'en' : 'nl';
  return (
    <>
      <QuickExit />
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a href="/" className="site-header__name">
            {t('app.name')}
          </a>
          <nav aria-label={t('shell.mainNav')}>
            <ul className="nav-list">
              {publicNavItems.map((item) => (
                <li key={item.to}>
                  <a href={item.to}>{t(item.labelKey)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            className="button button--subtle"
            lang={other}
            aria-label={t('shell.languageSwitchLabel')}
            onClick={() => void switchLanguage(other)}
          >
            {t('shell.languageSwitch')}
          </button>
        </div>
      </header>
      <main id="main" className="container page--questionnaire" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
