import type { OrgRole } from '@derde-bron/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { mailTemplates } from '../../mail/templates.ts';
import { users } from '../auth/table.ts';
import { invitations, memberships, organisations } from './table.ts';

export const invitationValidDays = 7;
/** The page that reads the token from the link's fragment (never sent to a server or a log). */
export const invitationLinkPath = '/uitnodiging#';

/** Creates an invitation inside the caller's transaction and returns the token for the mail. */
export async function createInvitation(
  tx: Tx,
  input: { orgId: string; email: string; role: OrgRole; teamId: string | null; invitedBy: string },
) {
  const [existing] = await tx
    .select({ id: memberships.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.email, input.email));
  if (existing) throw conflict('alreadyMember');
  const token = createToken();
  const [invitation] = await tx
    .insert(invitations)
    .values({
      ...input,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + invitationValidDays * 86_400_000),
    })
    .returning({ id: invitations.id });
  if (!invitation) throw new Error('invitation not stored');
  return { id: invitation.id, token };
}

/**
 * Sends the invitation mail after the transaction committed, so there is no mail for nothing. A
 * failed send does not undo the invitation: the answer says so and the inviter can send it again.
 */
export async function sendInvitationMail(
  app: { mailer: Mailer; config: { publicUrl: string }; log: FastifyBaseLogger },
  to: string,
  organisation: string,
  token: string,
): Promise<boolean> {
  const link = `${app.config.publicUrl}${invitationLinkPath}${token}`;
  try {
    await app.mailer.send({
      to,
      ...mailTemplates.invitation({ organisation, link, days: invitationValidDays }),
    });
    return true;
  } catch (error) {
    app.log.error({ err: error }, 'invitation mail failed');
    return false;
  }
}

/** An invitation that can still be accepted, with its organisation's name, or null. */
export async function findOpenInvitation(db: Db | Tx, token: string, lock = false) {
  const query = db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  const [row] = await (lock ? query.for('update', { of: invitations }) : query);
  return row ?? null;
}
