import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import frameworkRoutes from './modules/framework/routes.ts';
import healthRoutes from './modules/health/routes.ts';
import errors from './plugins/errors.ts';
import openapi from './plugins/openapi.ts';
import security from './plugins/security.ts';
import webApp from './plugins/web-app.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

export type AppOptions = {
  config: Pick<Config, 'env' | 'webDistDir' | 'logLevel'>;
  database: Database;
  logger?: FastifyServerOptions['logger'];
};

/**
 * Wires the app. Order matters: error handling and security headers first so they cover every
 * route, then the OpenAPI collector (it must see routes as they are added), then the modules, and the
 * web app last because its catch-all route takes whatever the API did not claim.
 */
export async function buildApp({ config, database, logger }: AppOptions) {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Log the route pattern, never the raw URL (links may carry tokens) nor addresses or headers.
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: 1_048_576,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);

  await app.register(errors);
  await app.register(security, { production: config.env === 'production' });
  await app.register(cookie);
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(frameworkRoutes);

  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}
