import { computeSignals, signalMailDate, signalMailsDue, todayIso } from '@derde-bron/domain';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Db } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema.ts';
import type { Jobs } from '../../jobs/jobs.ts';
import { mailQueue } from '../../jobs/mail-job.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { mailTemplates } from '../../mail/templates.ts';
import { getSettings, listSignalFacts } from './repository.ts';
import { registryPeople, registrySignalMails } from './table.ts';

export const signalMailQueue = 'registry-signal-mails';

/** Where the expert reads her own record (web: pages.tsx, "Mijn registratie"). */
export const myRecordPath = '/organisatie/register/mijn';

/**
 * Mails each expert who opted in about her own new signals (issue 16): registration or SKJ expiring
 * or expired, funding ending, no intervisie or supervisie. System work across organisations, as
 * retention is: one transaction per organisation, outside withTenant, because the mail outbox is
 * system-only (0022); every query names the organisation. The row that marks a signal as mailed and
 * the queued mail are written in the same transaction, so a signal is mailed once or not at all.
 * Answers how many mails were queued.
 */
export async function sendDueSignalMails(
  db: Db,
  secretBox: SecretBox,
  jobs: Pick<Jobs, 'send'>,
  publicUrl: string,
  today: string = todayIso(),
): Promise<number> {
  const orgs = await db.select({ id: organisations.id }).from(organisations);
  const queued: string[] = [];
  for (const { id: orgId } of orgs) {
    const ids = await db.transaction(async (tx) => {
      const recipients = await tx
        .select({ personId: registryPeople.id, email: users.email })
        .from(registryPeople)
        .innerJoin(memberships, eq(memberships.id, registryPeople.membershipId))
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(registryPeople.orgId, orgId),
            eq(memberships.orgId, orgId),
            eq(registryPeople.signalMails, true),
            isNotNull(registryPeople.membershipId),
            isNull(registryPeople.endedOn),
          ),
        );
      if (recipients.length === 0) return [];
      const settings = await getSettings(tx, orgId);
      const facts = new Map((await listSignalFacts(tx, orgId)).map((row) => [row.id, row]));
      const sentRows = await tx
        .select({
          personId: registrySignalMails.personId,
          key: registrySignalMails.signalKey,
          date: registrySignalMails.signalDate,
        })
        .from(registrySignalMails)
        .where(eq(registrySignalMails.orgId, orgId));
      const out: string[] = [];
      for (const { personId, email } of recipients) {
        const person = facts.get(personId);
        if (!person) continue;
        const signals = computeSignals(person, today, settings.rolesRequiringRegistration, settings);
        const sent = sentRows.filter((row) => row.personId === personId);
        for (const signal of signalMailsDue(signals, sent)) {
          const [row] = await tx
            .insert(registrySignalMails)
            .values({ orgId, personId, signalKey: signal.key, signalDate: signalMailDate(signal) })
            .onConflictDoNothing()
            .returning({ id: registrySignalMails.id });
          // Another instance mailed it just now.
          if (!row) continue;
          const mail = mailTemplates.registrySignal({
            key: signal.key,
            date: signal.date,
            link: `${publicUrl}${myRecordPath}`,
          });
          out.push(
            await enqueueMail(
              tx,
              secretBox,
              { to: email, ...mail },
              { purpose: 'signalMail', orgId, sentBy: null },
            ),
          );
        }
      }
      return out;
    });
    queued.push(...ids);
  }
  // After the commit; a lost job is no loss (the mail sweep finds the row).
  for (const id of queued) await jobs.send(mailQueue, { id }).catch(() => {});
  return queued.length;
}
