import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { PanelErrorBoundary } from '../components/panel-error-boundary.tsx';
import { QuickExit } from '../components/quick-exit.tsx';
import { SiteFooter } from '../components/site-footer.tsx';
import { useSession } from '../lib/session.ts';
import { accountNavItems, publicNavItems } from './navigation.ts';
import { useFocusableScrollRegions } from './scroll-regions.ts';
import { SessionMenu } from './session-menu.tsx';

/** Moves focus to the new page's heading after client-side navigation, as a full page load would. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('page-heading')?.focus();
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  useFocusOnNavigate();
  useFocusableScrollRegions();
  return (
    <>
      <QuickExit />
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <NavLink to="/" className="site-header__name">
            {t('app.name')}
          </NavLink>
          <nav aria-label={t('shell.mainNav')}>
            <ul className="nav-list">
              {[...publicNavItems, ...accountNavItems(session.data)].map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {t(item.labelKey)}
                  </NavLink>
                </li>
              ))}
              {session.data?.state !== 'signedIn' && (
                // While the session is asked for, the link keeps its place unseen, so that the page
                // (built into home.html) does not jump when it appears for a reader not signed in.
                <li className={session.isPending ? 'nav-list__pending' : undefined}>
                  <NavLink to="/inloggen">{t('shell.nav.signIn')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          {session.data && <SessionMenu session={session.data} />}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <PanelErrorBoundary>
          <Outlet />
        </PanelErrorBoundary>
      </main>
      <SiteFooter
        // The API docs are the server's own page, not one of the app's routes.
        link={(item, label) =>
          item.to.startsWith('/api/') ? (
            <a href={item.to}>{label}</a>
          ) : (
            <NavLink to={item.to}>{label}</NavLink>
          )
        }
      />
    </>
  );
}
