import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { apiDocsTheme } from './api-docs-theme.ts';

/** The OpenAPI document is generated from the route schemas, so it cannot drift from the code. */
async function openapi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-derde_bron_session',
            description:
              'The session cookie from sign-in. State-changing requests also send its CSRF token in X-CSRF-Token. The role names listed per operation are permissions from packages/domain/src/access/roles.ts.',
          },
        },
      },
      info: {
        title: 'Derde Bron API',
        description: 'Experiential expertise in women’s shelter organisations.',
        version: '1',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { validatorUrl: null },
    theme: apiDocsTheme,
    // Our own policy instead of Swagger UI's looser one. It sets inline styles, so the docs alone
    // allow those; scripts stay 'self' only, as everywhere.
    transformStaticCSP: () =>
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
      "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

export default fp(openapi, { name: 'openapi' });
