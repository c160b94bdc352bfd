import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './lib/api-client.ts';

// A page's chunk loads lazily; on a busy 2-core machine that can take seconds. `findBy…` and
// `waitFor` wait up to 10 s for what a person would see (no test asserts a time).
configure({ asyncUtilTimeout: 10_000 });

// Every test starts from a clean page: no rendered app, no fake API, no CSRF token of the last one.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});
