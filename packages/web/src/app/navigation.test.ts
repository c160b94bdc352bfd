import type { OrgRole } from '@derde-bron/domain';
import { describe, expect, it } from 'vitest';
import { anonymousSession, type SessionState } from '../lib/session.ts';
import { accountNavItems } from './navigation.ts';

function session(
  role: OrgRole | null,
  extra: Partial<SessionState> = {},
  isNetworkAdmin = false,
): SessionState {
  return {
    state: 'signedIn',
    csrfToken: 'token',
    user: {
      id: 'u1',
      email: 'a@example.org',
      name: 'A',
      isNetworkAdmin,
      hasTwoFactor: true,
      twoFactorRequired: false,
    },
    membership: role ? { id: 'm1', orgId: 'o1', organisationName: 'Opvang', role, teamId: null } : null,
    ...extra,
  };
}

const paths = (s: SessionState | undefined) => accountNavItems(s).map((item) => item.to);

// What every member sees first, and what those who lead the work see beside it.
const everyMember = [
  '/organisatie/start',
  '/organisatie',
  '/organisatie/afwegingskader',
  '/organisatie/monitor',
];
const leading = [
  '/organisatie/metingen',
  '/organisatie/terugkoppeling',
  '/organisatie/register',
  '/organisatie/intervisie',
  '/organisatie/activiteiten',
  '/organisatie/dagboek',
  '/organisatie/vergelijken',
  '/organisatie/kennisnetwerk',
  '/organisatie/rapporten',
];

describe('navigation by role', () => {
  it.each([
    ['org_admin', [...everyMember, ...leading, '/organisatie/logboek', '/account']],
    ['coordinator', [...everyMember, ...leading, '/account']],
    [
      'team_manager',
      [
        ...everyMember,
        '/organisatie/metingen',
        '/organisatie/terugkoppeling',
        '/organisatie/register/dekking',
        '/organisatie/activiteiten',
        '/organisatie/dagboek',
        '/organisatie/kennisnetwerk',
        '/account',
      ],
    ],
    [
      'expert',
      [
        ...everyMember,
        '/organisatie/terugkoppeling',
        '/organisatie/register/dekking',
        '/organisatie/activiteiten',
        '/organisatie/register/mijn',
        '/organisatie/dagboek',
        '/organisatie/kennisnetwerk',
        '/account',
      ],
    ],
  ] as const)('shows a %s the links their role allows', (role, expected) => {
    expect(paths(session(role))).toEqual(expected);
  });

  it('shows a network admin the network page and no organisation', () => {
    expect(paths(session(null, {}, true))).toEqual([
      '/netwerk',
      '/netwerk/links',
      '/netwerk/inhoud',
      '/account',
    ]);
  });

  it('shows nothing before signing in is finished', () => {
    expect(paths(undefined)).toEqual([]);
    expect(paths(anonymousSession)).toEqual([]);
    expect(paths(session('org_admin', { state: 'needsTwoFactor', membership: null }))).toEqual([]);
    expect(paths(session('org_admin', { state: 'needsTwoFactorSetup', membership: null }))).toEqual([]);
  });
});
