import type { NavItem } from '../components/public-nav.ts';
import { type Access, allows } from '../lib/access.ts';
import type { SessionState } from '../lib/session.ts';
import { type NavEntry, type Page, pages } from './pages.tsx';

export { type NavItem, publicNavItems } from '../components/public-nav.ts';

type Linked = { path: string; access: Access; nav: NavEntry };
const linked = (page: Page): page is Page & { path: string; handle: { access: Access; nav: NavEntry } } =>
  !!page.path && !!page.handle?.access && !!page.handle.nav;

/**
 * The links a signed-in person may use, from the route table: a page's link shows only to those
 * its access lets in (the domain's role table). Nobody sees a link to a page they cannot open.
 */
export function accountNavItems(session: SessionState | undefined, table: Page[] = pages): NavItem[] {
  const entries: Linked[] = table
    .filter(linked)
    .map((page) => ({ path: page.path, access: page.handle.access, nav: page.handle.nav }))
    .sort((a, b) => a.nav.order - b.nav.order);
  const groups = new Set<string>();
  const items: NavItem[] = [];
  for (const { path, access, nav } of entries) {
    if (!allows(session, access) || (nav.access && !allows(session, nav.access))) continue;
    if (nav.group) {
      if (groups.has(nav.group)) continue;
      groups.add(nav.group);
    }
    items.push({ to: `/${path}`, labelKey: nav.labelKey, ...(nav.end ? { end: true } : {}) });
  }
  return items;
}
