import type { OrgRole } from '@derde-bron/domain';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db } from '../db/client.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { users } from '../modules/auth/table.ts';
import { createTotpSecret } from '../modules/auth/totp.ts';
import { memberships, organisations, teams } from '../modules/organisations/table.ts';

/**
 * Building blocks for demo data, the first admin and tests: they write directly, as the system,
 * without the checks a request gets. Never reachable from a route.
 */
export type SeededUser = {
  id: string;
  email: string;
  name: string;
  password: string;
  /** Set when two-step verification is on; an authenticator app (or a test) makes codes from it. */
  totpSecret: string | null;
};

export async function seedUser(
  db: Db,
  secretBox: SecretBox,
  input: { email: string; name: string; password: string; isNetworkAdmin?: boolean; withTwoFactor?: boolean },
): Promise<SeededUser> {
  const totpSecret = input.withTwoFactor ? createTotpSecret() : null;
  const [user] = await db
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      isNetworkAdmin: input.isNetworkAdmin ?? false,
      totpSecret: totpSecret ? secretBox.seal(totpSecret) : null,
      totpEnabledAt: totpSecret ? new Date() : null,
    })
    .returning({ id: users.id });
  if (!user) throw new Error('user not stored');
  return { id: user.id, email: input.email, name: input.name, password: input.password, totpSecret };
}

export async function seedOrganisation(db: Db, name: string, teamNames: string[]) {
  const [organisation] = await db.insert(organisations).values({ name }).returning();
  if (!organisation) throw new Error('organisation not stored');
  const created = teamNames.length
    ? await db
        .insert(teams)
        .values(teamNames.map((teamName) => ({ orgId: organisation.id, name: teamName })))
        .returning()
    : [];
  return { ...organisation, teams: created };
}

export async function seedMembership(
  db: Db,
  orgId: string,
  userId: string,
  role: OrgRole,
  teamId: string | null = null,
) {
  const [membership] = await db.insert(memberships).values({ orgId, userId, role, teamId }).returning();
  if (!membership) throw new Error('membership not stored');
  return membership;
}
