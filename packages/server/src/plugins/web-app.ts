import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notFound } from '../http-error.ts';

/**
 * Serves the built web app. Hashed assets are cached for a year; every other GET outside /api gets
 * index.html so that the app's router can show the page (or its own not-found page), except the
 * questionnaire, which is a page of its own (respond.html: a small bundle for respondents' phones),
 * and the home page, which is index.html with its first view built in (home.html).
 * The build writes a brotli and a gzip copy of every text file beside it (web build/precompress.ts):
 * the one the browser accepts is sent as it is, with `Vary: Accept-Encoding`; nothing is compressed
 * per request.
 */
async function webApp(app: FastifyInstance, opts: { distDir: string }) {
  const indexFile = path.join(opts.distDir, 'index.html');
  const built = existsSync(indexFile);
  const home = existsSync(path.join(opts.distDir, 'home.html')) ? 'home.html' : 'index.html';
  /** The HTML for a path: the app's own pages with their first view built in, else the app's shell. */
  const pageFor = (url: string) => {
    const pathname = url.split('?')[0];
    if (pathname === '/vragenlijst') return 'respond.html';
    return pathname === '/' ? home : 'index.html';
  };
  if (built) {
    // The hashed assets, as one wildcard route: a route per file (hundreds of them, found by a
    // glob over the folder) made the start slower, and a missing asset is a 404, not the app.
    await app.register(fastifyStatic, {
      root: path.join(opts.distDir, 'assets'),
      prefix: '/assets/',
      wildcard: true,
      index: false,
      preCompressed: true,
      // @fastify/static 10 hands over the Fastify reply here, not Node's response.
      setHeaders: (reply: { header(name: string, value: string): void }, filePath: string) => {
        const page = filePath.endsWith('.html');
        reply.header('Cache-Control', page ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
  }
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    schema: { hide: true },
    handler: async (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') throw notFound('routeNotFound');
      if (!built) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The web app is not built: run `npm run build`.');
      }
      return reply.header('Cache-Control', 'no-cache').sendFile(pageFor(request.url), opts.distDir);
    },
  });
}

export default fp(webApp, { name: 'web-app' });
