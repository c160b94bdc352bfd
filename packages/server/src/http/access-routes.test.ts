import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentedOperation, type injectAs, testDatabases } from '../testing/index.ts';
import { organisationSuite } from '../testing/suite.ts';
import { accessRoutes } from './access-routes.ts';

/** A network admin's route made with accessRoutes: it echoes a name back with the caller's id. */
describe.each(testDatabases)('a route outside an organisation on $name', ({ target }) => {
  const s = organisationSuite(target, {
    networkAdmin: true,
    app: {
      extend: (app) => {
        const route = accessRoutes(app.withTypeProvider<ZodTypeProvider>(), {
          access: 'networkAdmin',
          tags: ['test'],
        });
        route.post('/api/test-echo', {
          summary: 'Echo a name with the caller',
          body: z.strictObject({ name: z.string().min(1) }),
          response: z.object({ name: z.string(), by: z.uuid() }),
          status: 201,
          handler: async ({ body, request }) => ({ name: body.name, by: request.signedIn.user.id }),
        });
      },
    },
  });
  const echo = (session: Parameters<typeof injectAs>[1] | null, payload: object) =>
    session
      ? s.injectAs(session, { method: 'POST', url: '/api/test-echo', payload })
      : s.t.app.inject({ method: 'POST', url: '/api/test-echo', payload });

  it('answers the caller of its kind with its status and the handler’s answer', async () => {
    const res = await echo(s.networkAdmin, { name: 'Kennisnetwerk' });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Kennisnetwerk');
  });

  it('refuses everyone else before the handler runs, and bad input in the reader’s words', async () => {
    expect((await echo(null, { name: 'x' })).statusCode).toBe(401);
    expect((await echo(s.as.org_admin, { name: 'x' })).statusCode).toBe(403);
    expect((await echo(s.networkAdmin, { name: '', extra: true })).statusCode).toBe(400);
  });

  it('describes itself in the OpenAPI document with its access and the file’s errors', () => {
    expect(documentedOperation(s.t.app, '/api/test-echo', 'post')).toEqual({
      security: [{ session: ['network_admin'] }],
      statuses: ['201', '400', '401', '403', '404', '409'],
    });
  });
});
