import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import routeAccess, { securityOf } from './route-access.ts';

/** A bare app with the access plugin; no one is signed in (the auth plugin's place is taken by a stub). */
async function bareApp() {
  const app = Fastify({ logger: false });
  await app.register(
    fp(
      async (stub) => {
        stub.decorateRequest('auth', null);
      },
      { name: 'auth' },
    ),
  );
  await app.register(routeAccess);
  return app;
}

describe('route access', () => {
  it('refuses to register an API route that declares no access', async () => {
    const app = await bareApp();
    expect(() => app.get('/api/forgotten', async () => ({}))).toThrow(/declares no access/);
    await app.close();
  });

  it('refuses a route that states its security beside its access', async () => {
    const app = await bareApp();
    expect(() =>
      app.get(
        '/api/organisations/:orgId/twice',
        { config: { access: { permission: 'roadmap.read' } }, schema: { security: [{ session: [] }] } },
        async () => ({}),
      ),
    ).toThrow(/twice/);
    await app.close();
  });

  it('refuses an organisation permission on a path without :orgId', async () => {
    const app = await bareApp();
    expect(() =>
      app.get('/api/roadmap', { config: { access: { permission: 'roadmap.read' } } }, async () => ({})),
    ).toThrow(/no :orgId/);
    await app.close();
  });

  it('sets the OpenAPI security from the access and answers 401 to an anonymous caller', async () => {
    const app = await bareApp();
    const seen: unknown[] = [];
    app.addHook('onRoute', (route) => {
      if (route.method === 'GET') seen.push(route.schema?.security);
    });
    app.get(
      '/api/organisations/:orgId/thing',
      { config: { access: { permission: 'roadmap.read' } } },
      async () => ({ ok: true }),
    );
    app.get('/api/open', { config: { access: 'public' } }, async () => ({ ok: true }));
    expect(seen).toEqual([securityOf({ permission: 'roadmap.read' }), undefined]);
    expect((await app.inject('/api/organisations/x/thing')).statusCode).toBe(401);
    expect((await app.inject('/api/open')).statusCode).toBe(200);
    await app.close();
  });
});
