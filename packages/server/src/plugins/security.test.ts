import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import security from './security.ts';

async function headersOf(production: boolean) {
  const app = Fastify();
  await app.register(security, { production });
  app.get('/api/ping', async () => ({ ok: true }));
  const res = await app.inject({ method: 'GET', url: '/api/ping' });
  await app.close();
  return res.headers;
}

describe('security headers, worked out once at start', () => {
  it('in production: HTTPS only for two years, and insecure requests upgraded', async () => {
    const headers = await headersOf(true);
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(String(headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(headers['cache-control']).toBe('no-store');
  });

  it('on a development machine without HTTPS: neither, the rest the same', async () => {
    const [development, production] = await Promise.all([headersOf(false), headersOf(true)]);
    expect(development['strict-transport-security']).toBeUndefined();
    expect(String(development['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    for (const name of ['referrer-policy', 'x-content-type-options', 'x-frame-options', 'permissions-policy'])
      expect([name, development[name]]).toEqual([name, production[name]]);
    expect(development['referrer-policy']).toBe('no-referrer');
  });
});
