// The start-up baseline: node running a bare Fastify server that answers its health route, and
// nothing else (plain JavaScript, as the compiled server runs). Also a static page for Lighthouse.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ hello: 'world' }));
app.get('/page', async (_request, reply) =>
  reply
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hello</title></head><body><main><h1>Hello</h1><p>A page without JavaScript.</p></main></body></html>',
    ),
);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void app.close());
