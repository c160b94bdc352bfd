import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notFound } from '../http-error.ts';
import type { Jobs } from '../jobs/jobs.ts';

/**
 * Prometheus metrics at `/metrics`, only when a token is configured, and only for a request that
 * carries it as a bearer token. Labels are the method, the route *pattern* (`/api/organisations/:orgId`,
 * never the URL with its ids or tokens), the status code and queue names: no personal data.
 */
async function metrics(app: FastifyInstance, opts: { token: string | undefined; jobs: Jobs }) {
  const token = opts.token;
  if (!token) {
    // No token, no metrics: a plain 404 in the API's shape, not the web app's page (which the
    // catch-all would otherwise serve with 200).
    app.get('/metrics', { schema: { hide: true } }, async () => {
      throw notFound('routeNotFound');
    });
    return;
  }
  // Loaded only where metrics are on: most installations never ask for them.
  const { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } = await import('prom-client');
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'jobs_queue_depth',
    help: 'Jobs waiting in the queue, by queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      const depth = await opts.jobs.queueDepth().catch(() => ({}));
      for (const [queue, waiting] of Object.entries(depth)) this.set({ queue }, waiting);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const expected = Buffer.from(`Bearer ${token}`);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ code: 'UNAUTHENTICATED' });
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

export default fp(metrics, { name: 'metrics' });
