import { randomBytes } from 'node:crypto';
import { orgRoles, requiresTwoFactor } from '@derde-bron/domain';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db } from '../db/client.ts';
import { organisations } from '../modules/organisations/table.ts';
import { type SeededUser, seedMembership, seedOrganisation, seedUser } from './accounts.ts';
import { seedDemoRegistry } from './demo-registry.ts';
import { seedNetworkShowcase } from './network-data.ts';

const demoOrganisations = [
  {
    name: 'Vrouwenopvang Noord (demo)',
    domain: 'noord.example.org',
    teams: ['Opvang Groningen', 'Ambulant team'],
  },
  {
    name: 'Veilig Verder Zuid (demo)',
    domain: 'zuid.example.org',
    teams: ['Opvang Maastricht', 'Jeugd en gezin'],
  },
];

/** More members without accounts, so that the network figures reach five organisations and more. */
const demoNetworkMembers = [
  { name: 'Opvang West (demo)', teams: ['Opvang Leiden'] },
  { name: 'Blijf Oost (demo)', teams: ['Opvang Enschede'] },
  { name: 'Vrouwenopvang Midden (demo)', teams: ['Opvang Utrecht'] },
  { name: 'Veilig Thuis Kust (demo)', teams: ['Opvang Zeeland'] },
];

const roleNames = {
  org_admin: 'Bestuurder',
  coordinator: 'Coördinator',
  team_manager: 'Teamleider',
  expert: 'Ervaringsdeskundige',
};

/** A fresh random password per demo account: nothing guessable, not even in a demo. */
const demoPassword = () => `demo-${randomBytes(9).toString('base64url')}`;

/**
 * Two demo organisations with a user for every role, four more without accounts (all six with a
 * roadmap and two closed waves, for the network figures), and a network admin, made once in an empty
 * database. Returns the text to print (accounts, passwords and TOTP secrets), or null when the
 * database already had organisations.
 */
export async function seedDemoData(db: Db, secretBox: SecretBox): Promise<string | null> {
  const [existing] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (existing) return null;
  const lines: string[] = [];
  const describe = (user: SeededUser, label: string) =>
    lines.push(
      `  ${label.padEnd(42)} ${user.email.padEnd(34)} ${user.password}${user.totpSecret ? `  TOTP ${user.totpSecret}` : ''}`,
    );

  const networkAdmin = await seedUser(db, secretBox, {
    email: 'netwerk@valente.example.org',
    name: 'Netwerkbeheerder (demo)',
    password: demoPassword(),
    isNetworkAdmin: true,
    withTwoFactor: true,
  });
  describe(networkAdmin, 'network_admin');

  const orgIds: string[] = [];
  for (const [variant, spec] of demoOrganisations.entries()) {
    const organisation = await seedOrganisation(db, spec.name, spec.teams);
    orgIds.push(organisation.id);
    let expertMembershipId = '';
    for (const role of orgRoles) {
      const user = await seedUser(db, secretBox, {
        email: `${role.replace('_', '.')}@${spec.domain}`,
        name: `${roleNames[role]} ${spec.name.split(' ')[0]}`,
        password: demoPassword(),
        withTwoFactor: requiresTwoFactor({ isNetworkAdmin: false, role }),
      });
      const teamId = role === 'team_manager' ? (organisation.teams[0]?.id ?? null) : null;
      const membership = await seedMembership(db, organisation.id, user.id, role, teamId);
      if (role === 'expert') expertMembershipId = membership.id;
      describe(user, `${role} · ${spec.name}`);
    }
    await seedDemoRegistry(db, {
      id: organisation.id,
      teamIds: organisation.teams.map((team) => team.id),
      expertMembershipId,
      variant: variant === 0 ? 0 : 1,
    });
  }
  for (const spec of demoNetworkMembers) orgIds.push((await seedOrganisation(db, spec.name, spec.teams)).id);
  await seedNetworkShowcase(db, secretBox, orgIds);
  return [
    '',
    'Demo data made. These accounts exist only in this demo database; the passwords are shown only now.',
    'Admins sign in with a code from an authenticator app: add the TOTP secret to one.',
    ...lines,
    '',
  ].join('\n');
}
