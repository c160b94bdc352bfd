import type { OrgRole } from '@derde-bron/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { rowOfOrg } from '../../db/rows.ts';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import { invitations, memberships, organisations, teams } from './table.ts';

/** The organisation with its teams by name, in one query (a left join: an organisation may have none). */
export async function findOrganisationWithTeams(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ name: organisations.name, teamId: teams.id, teamName: teams.name })
    .from(organisations)
    .leftJoin(teams, eq(teams.orgId, organisations.id))
    .where(eq(organisations.id, orgId))
    .orderBy(teams.name);
  const [first] = rows;
  if (!first) return undefined;
  const teamsOf = rows.flatMap(({ teamId, teamName }) =>
    teamId === null || teamName === null ? [] : [{ id: teamId, name: teamName }],
  );
  return { id: orgId, name: first.name, teams: teamsOf };
}

/** The organisation's members with their accounts' names, addresses and second factor, by name. */
export async function listMembers(tx: Tx, orgId: string) {
  const rows = await tx
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      teamId: memberships.teamId,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(users.name);
  return rows.map(({ totpEnabledAt, ...member }) => ({ ...member, hasTwoFactor: totpEnabledAt !== null }));
}

/** One membership of the organisation, or 404. */
export async function findMember(tx: Tx, orgId: string, membershipId: string) {
  return rowOfOrg(tx, memberships, orgId, membershipId);
}

/**
 * An organisation must keep at least one org_admin. The admins' rows are locked first, so that two
 * admins demoting each other at the same moment cannot both succeed.
 */
export async function assertNotLastAdmin(tx: Tx, orgId: string, membershipId: string) {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'org_admin')))
    .for('update');
  if (admins.length === 1 && admins[0]?.id === membershipId) throw conflict('lastOrgAdmin');
}

export async function updateMembership(
  tx: Tx,
  orgId: string,
  membershipId: string,
  change: { role: OrgRole; teamId: string | null },
) {
  await tx
    .update(memberships)
    .set(change)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
}

export async function deleteMembership(tx: Tx, orgId: string, membershipId: string) {
  await tx.delete(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.id, membershipId)));
}

/** Invitations neither used, withdrawn nor expired, newest first. */
export async function listOpenInvitations(tx: Tx, orgId: string) {
  const rows = await tx
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      teamId: invitations.teamId,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(eq(invitations.orgId, orgId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
  return rows.filter((row) => row.expiresAt > new Date());
}

export async function getInvitation(tx: Tx, invitationId: string) {
  const [row] = await tx.select().from(invitations).where(eq(invitations.id, invitationId));
  return row;
}

/** Withdraws an open invitation; false when there is none by that id (used, withdrawn or another's). */
export async function revokeInvitation(tx: Tx, orgId: string, invitationId: string): Promise<boolean> {
  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invitations.orgId, orgId),
        eq(invitations.id, invitationId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return revoked.length > 0;
}

export async function organisationName(tx: Tx, orgId: string) {
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return organisation?.name;
}
