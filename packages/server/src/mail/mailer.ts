import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<void> };

/**
 * Sends mail through SMTP when `smtpUrl` is set. Without it, each message is written as an .eml file
 * to `outboxDir` and a log line says so (without the address), so that someone running the app
 * locally can still open an invitation link.
 */
export function createMailer(opts: {
  smtpUrl?: string;
  from: string;
  outboxDir: string;
  log: FastifyBaseLogger;
}): Mailer {
  // nodemailer is loaded with the first mail, not at every start.
  let transport: Promise<Transporter> | undefined;
  const transportFor = () => {
    transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      opts.smtpUrl
        ? nodemailer.createTransport(opts.smtpUrl)
        : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    return transport;
  };
  if (opts.smtpUrl) {
    return {
      async send(mail) {
        await (await transportFor()).sendMail({ from: opts.from, ...mail });
      },
    };
  }
  return {
    async send(mail) {
      const info = await (await transportFor()).sendMail({ from: opts.from, ...mail });
      await mkdir(opts.outboxDir, { recursive: true });
      const file = path.join(
        opts.outboxDir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[<>@]/g, '')}.eml`,
      );
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      opts.log.info({ file }, 'no SMTP_URL set: mail written to the outbox');
    },
  };
}
