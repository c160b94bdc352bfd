import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { footerNavItems, type NavItem } from './public-nav.ts';

/**
 * The footer of both apps. `link` makes each link: the staff app's router link, or (the default) a
 * plain one for the questionnaire's page, which loads no router.
 */
export function SiteFooter({
  link = (item, label) => <a href={item.to}>{label}</a>,
}: {
  link?: (item: NavItem, label: string) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t('shell.footerNav')}>
          <ul className="nav-list">
            {footerNavItems.map((item) => (
              <li key={item.to}>{link(item, t(item.labelKey))}</li>
            ))}
          </ul>
        </nav>
        <p className="site-footer__tagline">{t('app.tagline')}</p>
      </div>
    </footer>
  );
}
