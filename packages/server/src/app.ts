import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { createSecretBox, type SecretBox } from './crypto/secret-box.ts';
import type { Database } from './db/client.ts';
import { createInProcessJobs, type Jobs } from './jobs/jobs.ts';
import { createMailQueue, type MailQueue, workMailQueue } from './jobs/mail-job.ts';
import type { OrganisationExporter } from './lib/organisation-export.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import mailRoutes from './mail/routes.ts';
import audit from './modules/audit/index.ts';
import auth, { authPlugin, createThrottle, routeAccess, type Throttle } from './modules/auth/index.ts';
import framework from './modules/framework/index.ts';
import health from './modules/health/index.ts';
import intervision, { intervisionExporter } from './modules/intervision/index.ts';
import journal, { journalExporter } from './modules/journal/index.ts';
import knowledgeNetwork, { knowledgeNetworkExporter } from './modules/knowledge-network/index.ts';
import measurement, {
  createResponseSeal,
  measurementExporter,
  measurementNetworkSection,
  publicationQueue,
  publishDueWaves,
} from './modules/measurement/index.ts';
import monitor, { monitorExporter } from './modules/monitor/index.ts';
import network, { type NetworkSectionProvider } from './modules/network/index.ts';
import operations, {
  type DiskGuard,
  diskGuardPlugin,
  enforceRetention,
  guardJobs,
  retentionQueue,
} from './modules/operations/index.ts';
import organisationData from './modules/organisation-data/index.ts';
import organisations from './modules/organisations/index.ts';
import registry, { registryExporter, registryNetworkSection } from './modules/registry/index.ts';
import { sendDueSignalMails, signalMailQueue } from './modules/registry/signal-mail-job.ts';
import reports, { workReportQueue } from './modules/reports/index.ts';
import roadmap, { roadmapExporter, roadmapNetworkSection } from './modules/roadmap/index.ts';
import start from './modules/start/index.ts';
import errors from './plugins/errors.ts';
import metrics from './plugins/metrics.ts';
import openapi from './plugins/openapi.ts';
import { postgresRateLimitStore } from './plugins/rate-limit-store.ts';
import security from './plugins/security.ts';
import shutdown from './plugins/shutdown.ts';
import strictJson from './plugins/strict-json.ts';
import webApp from './plugins/web-app.ts';

/**
 * The sections of the network dashboard, the comparison and the network report, in order: a module
 * adds its figures by exporting one provider from its index.ts and being listed here.
 */
export const networkSections: readonly NetworkSectionProvider[] = [
  roadmapNetworkSection,
  measurementNetworkSection,
  registryNetworkSection,
];

/**
 * What each module adds to an organisation's full export (after the organisation's own tables), in
 * order: a module exports one exporter from its index.ts and is listed here.
 */
export const organisationExporters: readonly OrganisationExporter[] = [
  roadmapExporter,
  monitorExporter,
  measurementExporter,
  registryExporter,
  knowledgeNetworkExporter,
  intervisionExporter,
  journalExporter,
];

export type AppConfig = Pick<
  Config,
  | 'env'
  | 'webDistDir'
  | 'logLevel'
  | 'publicUrl'
  | 'session'
  | 'smtpUrl'
  | 'mailFrom'
  | 'respondRateLimitPerMinute'
  | 'trustProxy'
  | 'metricsToken'
  | 'retention'
> & {
  /** Where mail goes when no SMTP server is configured. */
  outboxDir: string;
};

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    database: Database;
    jobs: Jobs;
    /** Queues mail in the outbox; the job queue's worker sends it (see jobs/mail-job.ts). */
    mailer: MailQueue;
    secretBox: SecretBox;
    throttle: Throttle;
    /** Embedded mode only (see modules/operations/disk-guard.ts). */
    diskGuard: DiskGuard | undefined;
  }
}

export type AppOptions = {
  config: AppConfig;
  database: Database;
  /** How mail leaves: tests pass their own; otherwise SMTP or the outbox, from the config. */
  mailer?: Mailer;
  /** The job queue: pg-boss on a server (see server.ts); an in-process runner when absent. */
  jobs?: Jobs;
  secretKey: Buffer;
  logger?: FastifyServerOptions['logger'];
  /** Where the log lines go instead of stdout (tests read them). */
  logStream?: { write(line: string): void };
  /** Embedded mode: watches the data folder's free space and refuses writes when it runs out. */
  diskGuard?: DiskGuard;
};

/**
 * Wires the app. Order matters: error handling and security headers first so they cover every
 * route, then cookies and sessions (every route may need to know who asks), then the OpenAPI
 * collector (it must see routes as they are added), then the modules, and the web app last because
 * its catch-all route takes whatever the API did not claim.
 */
export async function buildApp({
  config,
  database,
  mailer,
  jobs: givenJobs,
  secretKey,
  logger,
  logStream,
  diskGuard,
}: AppOptions) {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      // Log the route pattern, never the raw URL (links may carry tokens) nor addresses or headers.
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: 1_048_576,
    // No HEAD twin for every GET of the API (half the routes a start registers); the pages and
    // assets answer HEAD themselves (plugins/web-app.ts).
    exposeHeadRoutes: false,
    trustProxy: config.trustProxy as boolean,
    forceCloseConnections: 'idle',
    // Our own 503 while stopping, with Retry-After and the error shape (plugins/shutdown.ts).
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  app.decorate('database', database);
  const secretBox = createSecretBox(secretKey);
  const jobs = guardJobs(givenJobs ?? createInProcessJobs({ log: app.log }), diskGuard);
  app.decorate('diskGuard', diskGuard);
  app.decorate('jobs', jobs);
  app.decorate('mailer', createMailQueue(jobs, database.db, secretBox));
  await workMailQueue(
    jobs,
    database.db,
    secretBox,
    mailer ??
      createMailer({
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        outboxDir: config.outboxDir,
        log: app.log,
      }),
    app.log,
  );
  await jobs.work(retentionQueue, async () => {
    const removed = await enforceRetention(database.db, config.retention);
    app.log.info({ removed }, 'retention enforced');
  });
  await jobs.every(retentionQueue, 60);
  // Experts who opted in get their own new signals by mail (registry/signal-mail-job.ts).
  await jobs.work(signalMailQueue, async () => {
    const queued = await sendDueSignalMails(database.db, secretBox, jobs, config.publicUrl);
    if (queued > 0) app.log.info({ queued }, 'registry signal mails queued');
  });
  await jobs.every(signalMailQueue, 60);
  // Waves that closed by their date are published within minutes (closing one by hand publishes it
  // at once); once at start too, for waves that closed while the app was down.
  const responseSeal = createResponseSeal(secretBox);
  await jobs.work(publicationQueue, async () => {
    const published = await publishDueWaves(database.db, responseSeal);
    if (published > 0) app.log.info({ published }, 'closed waves published');
  });
  await jobs.every(publicationQueue, 5);
  await jobs.send(publicationQueue, {});
  await workReportQueue(jobs, database.db, app.log, networkSections);
  // After the server stopped taking requests: jobs under way finish, then the queue stops.
  app.addHook('onClose', () => jobs.stop());
  app.decorate('secretBox', secretBox);
  app.decorate('throttle', createThrottle(database.db));

  await app.register(errors);
  await app.register(shutdown);
  await app.register(diskGuardPlugin, { guard: diskGuard });
  await app.register(security, { production: config.env === 'production' });
  await app.register(strictJson);
  await app.register(cookie);
  // Uploads are read by the routes that take them, with their own size limit (10 MB for evidence).
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } });
  // Per-route limits only (sign-in, reset, invitations, questionnaires). On a server they are
  // counted in PostgreSQL so that all instances share them; embedded PGlite serves one process, so
  // its counters stay in memory (a write per request would take turns on PGlite's one thread).
  // Growing back-off per account is in the database in both (throttle.ts).
  await app.register(rateLimit, {
    global: false,
    ...(database.kind === 'postgres' ? { store: postgresRateLimitStore(database.db, secretKey) } : {}),
  });
  await app.register(metrics, { token: config.metricsToken, jobs });
  await app.register(authPlugin, {
    secureCookies: config.env !== 'development',
    publicUrl: config.publicUrl,
    session: config.session,
  });
  await app.register(openapi);
  // After the OpenAPI documentation's own routes, before every module's: each states its access.
  await app.register(routeAccess);

  // The modules, each one plugin (modules/<name>/index.ts), then the mail outbox's page.
  await app.register(health);
  await app.register(framework);
  await app.register(auth);
  await app.register(organisations);
  await app.register(audit);
  await app.register(roadmap);
  await app.register(monitor);
  await app.register(measurement);
  await app.register(registry);
  await app.register(knowledgeNetwork);
  await app.register(intervision);
  await app.register(journal);
  await app.register(network, { sections: networkSections });
  await app.register(reports);
  await app.register(organisationData, { exporters: organisationExporters });
  await app.register(operations);
  await app.register(start);
  await app.register(mailRoutes);

  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}
