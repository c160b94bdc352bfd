import { startSmtpServer, startTestServer, type TestSmtpServer } from '@derde-bron/server/testing';
import { test as base, expect } from '@playwright/test';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * One app server and one SMTP server per worker, in the worker's own process: tests reach the
 * database through the server package's seeding helpers and read mail as it arrives over SMTP.
 */
export const test = base.extend<object, { server: Server; smtp: TestSmtpServer }>({
  smtp: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the first argument.
    async ({}, use) => {
      const smtp = await startSmtpServer();
      await use(smtp);
      await smtp.close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({ smtp }, use) => {
      const server = await startTestServer({ smtpUrl: smtp.url });
      await use(server);
      await server.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
});

export { expect };
