import { defineConfig } from '@playwright/test';

/** Debian's Chromium, never a downloaded browser; the network beyond loopback is closed. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Each worker runs its own server on an in-memory database (see tests/fixtures.ts), so tests can
 * seed data through the server package's helpers. Two workers suit a 2-core machine.
 */
export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Whole user flows on a 2-core machine; no test asserts a time.
  timeout: 90_000,
  // Swagger UI and axe compete for two cores: an element may take longer than the default 5 s to appear.
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
});
