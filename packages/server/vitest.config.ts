import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The fault tests run several processes on one PostgreSQL server: only where one is given (CI).
    exclude: process.env.TEST_DATABASE_URL ? [] : ['src/faults.test.ts'],
    globalSetup: ['src/testing/pglite-template.ts'],
    // Each test file opens its own embedded PostgreSQL (~300 MB); two at a time suit a 2-core machine.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
