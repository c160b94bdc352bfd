import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickExit } from './quick-exit.tsx';

/**
 * The frame of every page, in the staff app and on the questionnaire's page alike: the quick exit
 * first, the skip link, the header (the site's name, the main navigation's items and what follows
 * it), the main content and the footer. Each app brings its own kind of link.
 */
export function SiteFrame({
  name,
  navItems,
  tools,
  mainClassName,
  footer,
  children,
}: {
  /** The site's name, a link to the home page. */
  name: ReactNode;
  /** The main navigation's list items. */
  navItems: ReactNode;
  /** After the navigation: the session menu, the language switch. */
  tools: ReactNode;
  mainClassName?: string;
  footer: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <QuickExit />
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          {name}
          <nav aria-label={t('shell.mainNav')}>
            <ul className="nav-list">{navItems}</ul>
          </nav>
          {tools}
        </div>
      </header>
      <main id="main" className={mainClassName ? `container ${mainClassName}` : 'container'} tabIndex={-1}>
        {children}
      </main>
      {footer}
    </>
  );
}
