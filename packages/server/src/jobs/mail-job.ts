import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db } from '../db/client.ts';
import type { Mail, Mailer } from '../mail/mailer.ts';
import { deliverMail, dueMail, enqueueMail, type MailMeta } from '../mail/outbox.ts';
import type { Jobs } from './jobs.ts';

export const mailQueue = 'mail';
/** Every minute: messages whose retry is due, and any left by a restart or a lost job. */
export const mailSweepQueue = 'mail-sweep';

type Log = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * Mail leaves through the outbox table (mail/outbox.ts): a request only queues it, and the answer
 * says "queued", never "sent". The job carries the row's id only, so the job queue's tables never
 * hold an address, link or token, not even sealed; the row itself goes once the mail was sent.
 */
export function createMailQueue(jobs: Jobs, db: Db, secretBox: SecretBox) {
  return {
    async send(mail: Mail, meta: MailMeta) {
      const id = await enqueueMail(db, secretBox, mail, meta);
      // A job that is lost (the queue is down) is no loss: the sweep finds the row.
      await jobs.send(mailQueue, { id }).catch(() => {});
    },
  };
}

export type MailQueue = ReturnType<typeof createMailQueue>;

export async function workMailQueue(jobs: Jobs, db: Db, secretBox: SecretBox, mailer: Mailer, log: Log) {
  const deliver = (id: string) => deliverMail(db, secretBox, mailer, log, id);
  // A failed try is not the job's failure: the outbox row keeps the retries (with its own back-off).
  await jobs.work(mailQueue, async (data) => void (await deliver(String(data.id))));
  await jobs.work(mailSweepQueue, async () => {
    for (const id of await dueMail(db)) await deliver(id);
  });
  await jobs.every(mailSweepQueue, 1);
}
