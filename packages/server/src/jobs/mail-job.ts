import type { SecretBox } from '../crypto/secret-box.ts';
import type { Mail, Mailer } from '../mail/mailer.ts';
import type { Jobs } from './jobs.ts';

export const mailQueue = 'mail';

/**
 * Mail leaves through the job queue: the request only queues it, and a failed send is retried by
 * whichever instance picks the job up. The job holds the message sealed with the server's secret
 * key, so the queue table carries no address, link or token in the clear; logs name only the queue.
 */
export function createMailQueue(jobs: Jobs, secretBox: SecretBox) {
  return {
    async send(mail: Mail) {
      await jobs.send(mailQueue, { sealed: secretBox.seal(JSON.stringify(mail)) });
    },
  };
}

export type MailQueue = ReturnType<typeof createMailQueue>;

export async function workMailQueue(jobs: Jobs, secretBox: SecretBox, mailer: Mailer) {
  await jobs.work(mailQueue, async (data) => {
    const mail = JSON.parse(secretBox.open(String(data.sealed))) as Mail;
    try {
      await mailer.send(mail);
    } catch (error) {
      // The mail server's message may quote the address: pass on only its code.
      throw Object.assign(new Error('mail not sent'), { code: (error as { code?: string }).code ?? 'EMAIL' });
    }
  });
}
