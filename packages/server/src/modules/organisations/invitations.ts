import type { OrgRole } from '@derde-bron/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import type { MailQueue } from '../../jobs/mail-job.ts';
import { mailTemplates } from '../../mail/templates.ts';
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
 * Queues the invitation mail after the transaction committed, so there is no mail for nothing. The
 * outbox retries it for hours; if it never arrives, the inviter sees so in the app (mail/routes.ts)
 * and can invite again.
 */
export async function queueInvitationMail(
  app: { mailer: MailQueue; config: { publicUrl: string } },
  input: { to: string; organisation: string; token: string; orgId: string; sentBy: string },
): Promise<'queued'> {
  const link = `${app.config.publicUrl}${invitationLinkPath}${input.token}`;
  await app.mailer.send(
    {
      to: input.to,
      ...mailTemplates.invitation({ organisation: input.organisation, link, days: invitationValidDays }),
    },
    { purpose: 'invitation', orgId: input.orgId, sentBy: input.sentBy },
  );
  return 'queued';
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
