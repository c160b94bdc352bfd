import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pickLocale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** True once the app started to stop: new requests get a 503 to try elsewhere. */
    shuttingDown: boolean;
  }
}

/**
 * While the server stops, requests that still arrive (on a kept-alive connection) get the API's
 * error shape with Retry-After, so a proxy or browser retries them on another instance. (Fastify's
 * own answer had neither.)
 */
async function shutdown(app: FastifyInstance) {
  app.decorate('shuttingDown', false);
  app.addHook('preClose', async () => {
    app.shuttingDown = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!app.shuttingDown) return;
    return (
      reply
        .code(503)
        .header('Retry-After', '5')
        .header('Connection', 'close')
        .type('application/json; charset=utf-8')
        // Serialized here: the route's own response schema (for its 503) must not reshape it.
        .send(
          JSON.stringify({ code: 'UNAVAILABLE', message: translate(pickLocale(request), 'shuttingDown') }),
        )
    );
  });
}

export default fp(shutdown, { name: 'shutdown' });
