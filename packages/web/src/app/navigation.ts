import { can } from '@derde-bron/domain';
import type { SessionState } from '../lib/session.ts';

export type NavItem = { to: string; labelKey: string; end?: boolean };

/** Links for everyone, signed in or not. */
export const publicNavItems: NavItem[] = [
  { to: '/', labelKey: 'shell.nav.home', end: true },
  { to: '/kader', labelKey: 'shell.nav.framework' },
  { to: '/veilig-internetten', labelKey: 'shell.nav.safeBrowsing' },
];

/**
 * The links a signed-in person may use, from the role table in the domain package. Nobody sees a
 * link to a page they cannot open; the server checks the same table on every request.
 */
export function accountNavItems(session: SessionState | undefined): NavItem[] {
  if (session?.state !== 'signedIn' || !session.user) return [];
  const items: NavItem[] = [];
  const role = session.membership?.role;
  if (role && can(role, 'organisation.read')) {
    items.push({ to: '/organisatie/start', labelKey: 'shell.nav.start' });
    items.push({ to: '/organisatie', labelKey: 'shell.nav.organisation', end: true });
  }
  // "Onze voortgang": the organisation's own work on the afwegingskader. The public link
  // "Afwegingskader" (/kader) is the guide itself; the two names keep them apart.
  if (role && can(role, 'roadmap.read')) {
    items.push({ to: '/organisatie/afwegingskader', labelKey: 'shell.nav.roadmap' });
  }
  if (role && (can(role, 'measurement.manage') || can(role, 'measurement.results'))) {
    items.push({ to: '/organisatie/metingen', labelKey: 'shell.nav.measurement' });
  }
  // The registry for those who run it; the coverage for everyone else (aggregates only). An
  // expert finds their own record from the coverage page's link and from "Mijn registratie".
  if (role && can(role, 'registry.manage')) {
    items.push({ to: '/organisatie/register', labelKey: 'shell.nav.registry' });
  } else if (role && can(role, 'registry.overview')) {
    items.push({ to: '/organisatie/register/dekking', labelKey: 'shell.nav.registry' });
  }
  if (role && can(role, 'registry.overview')) {
    items.push({ to: '/organisatie/activiteiten', labelKey: 'shell.nav.activities' });
  }
  if (role === 'expert') items.push({ to: '/organisatie/register/mijn', labelKey: 'shell.nav.myRecord' });
  if (role && can(role, 'network.compare'))
    items.push({ to: '/organisatie/vergelijken', labelKey: 'shell.nav.compare' });
  if (role && can(role, 'reports.read'))
    items.push({ to: '/organisatie/rapporten', labelKey: 'shell.nav.reports' });
  if (role && can(role, 'audit.read'))
    items.push({ to: '/organisatie/logboek', labelKey: 'shell.nav.auditLog' });
  if (session.user.isNetworkAdmin) items.push({ to: '/netwerk', labelKey: 'shell.nav.network' });
  items.push({ to: '/account', labelKey: 'shell.nav.account' });
  return items;
}
