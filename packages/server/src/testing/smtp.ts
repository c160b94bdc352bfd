import { SMTPServer } from 'smtp-server';

export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** A real SMTP server on loopback that keeps every message it receives, for tests that read mail. */
export async function startSmtpServer() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** Raw messages, with quoted-printable soft line breaks joined so links can be read. */
    messages: () => received.map((message) => message.replace(/=\r?\n/g, '')),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the newest mailed link to `page` (e.g. 'uitnodiging') sent to `to`. */
export function linkTokenFromMail(messages: string[], to: string, page: string): string | null {
  const mail = messages.filter((message) => message.includes(to)).at(-1);
  return mail?.match(new RegExp(`${page}#([A-Za-z0-9_-]{43})`))?.[1] ?? null;
}
