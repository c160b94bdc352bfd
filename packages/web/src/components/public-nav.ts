export type NavItem = { to: string; labelKey: string; end?: boolean };

/**
 * Links for everyone, signed in or not: the staff app's header and the questionnaire's own page
 * (which must not load the route table) both show them.
 */
export const publicNavItems: NavItem[] = [
  { to: '/', labelKey: 'shell.nav.home', end: true },
  { to: '/kader', labelKey: 'shell.nav.framework' },
  { to: '/veilig-internetten', labelKey: 'shell.nav.safeBrowsing' },
];

/** The footer's links, on every page of both apps. */
export const footerNavItems: NavItem[] = [
  { to: '/toegankelijkheid', labelKey: 'shell.nav.accessibility' },
  { to: '/veilig-internetten', labelKey: 'shell.nav.safeBrowsing' },
  { to: '/api/docs/', labelKey: 'shell.nav.apiDocs' },
];
