import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './lib/api-client.ts';

// Every test starts from a clean page: no rendered app, no fake API, no CSRF token of the last one.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});
