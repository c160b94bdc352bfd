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
import { createMailer, type Mailer } from './mail/mailer.ts';
import mailRoutes from './mail/routes.ts';
import auditRoutes from './modules/audit/routes.ts';
import accountRoutes from './modules/auth/account-routes.ts';
import authPlugin from './modules/auth/auth-plugin.ts';
import passwordRoutes from './modules/auth/password-routes.ts';
import authRoutes from './modules/auth/routes.ts';
import { createThrottle, type Throttle } from './modules/auth/throttle.ts';
import twoFactorRoutes from './modules/auth/two-factor-routes.ts';
import frameworkRoutes from './modules/framework/routes.ts';
import healthRoutes from './modules/health/routes.ts';
import measurementInvitationRoutes from './modules/measurement/invitation-routes.ts';
import noteRoutes from './modules/measurement/note-routes.ts';
import { publicationQueue, publishDueWaves } from './modules/measurement/publication.ts';
import respondRoutes from './modules/measurement/respond-routes.ts';
import resultsRoutes from './modules/measurement/results-routes.ts';
import waveRoutes from './modules/measurement/routes.ts';
import { createResponseSeal } from './modules/measurement/sealed-responses.ts';
import networkRoutes from './modules/network/routes.ts';
import diskGuardPlugin, { type DiskGuard, guardJobs } from './modules/operations/disk-guard.ts';
import { enforceRetention, retentionQueue } from './modules/operations/retention.ts';
import retentionRoutes from './modules/operations/retention-routes.ts';
import organisationDataRoutes from './modules/organisation-data/routes.ts';
import invitationRoutes from './modules/organisations/invitation-routes.ts';
import memberRoutes from './modules/organisations/member-routes.ts';
import organisationRoutes from './modules/organisations/routes.ts';
import teamRoutes from './modules/organisations/team-routes.ts';
import activityRoutes from './modules/registry/activity-routes.ts';
import registryRoutes from './modules/registry/routes.ts';
import registryTransferRoutes from './modules/registry/transfer-routes.ts';
import { workReportQueue } from './modules/reports/report-job.ts';
import reportRoutes from './modules/reports/routes.ts';
import roadmapExportRoutes from './modules/roadmap/export-routes.ts';
import frameworkVersionRoutes from './modules/roadmap/framework-version-routes.ts';
import plansRoutes from './modules/roadmap/plans-routes.ts';
import roadmapRoutes from './modules/roadmap/routes.ts';
import startRoutes from './modules/start/routes.ts';
import errors from './plugins/errors.ts';
import metrics from './plugins/metrics.ts';
import openapi from './plugins/openapi.ts';
import { postgresRateLimitStore } from './plugins/rate-limit-store.ts';
import security from './plugins/security.ts';
import shutdown from './plugins/shutdown.ts';
import strictJson from './plugins/strict-json.ts';
import webApp from './plugins/web-app.ts';

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
  // Waves that closed by their date are published within minutes (closing one by hand publishes it
  // at once); once at start too, for waves that closed while the app was down.
  const responseSeal = createResponseSeal(secretBox);
  await jobs.work(publicationQueue, async () => {
    const published = await publishDueWaves(database.db, responseSeal);
    if (published > 0) app.log.info({ published }, 'closed waves published');
  });
  await jobs.every(publicationQueue, 5);
  await jobs.send(publicationQueue, {});
  await workReportQueue(jobs, database.db, app.log);
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

  await app.register(healthRoutes);
  await app.register(frameworkRoutes);
  await app.register(authRoutes);
  await app.register(twoFactorRoutes);
  await app.register(passwordRoutes);
  await app.register(accountRoutes);
  await app.register(invitationRoutes);
  await app.register(organisationRoutes);
  await app.register(teamRoutes);
  await app.register(memberRoutes);
  await app.register(auditRoutes);
  await app.register(roadmapRoutes);
  await app.register(plansRoutes);
  await app.register(roadmapExportRoutes);
  await app.register(frameworkVersionRoutes);
  await app.register(waveRoutes);
  await app.register(respondRoutes);
  await app.register(resultsRoutes);
  await app.register(measurementInvitationRoutes);
  await app.register(noteRoutes);
  await app.register(registryRoutes);
  await app.register(registryTransferRoutes);
  await app.register(activityRoutes);
  await app.register(networkRoutes);
  await app.register(reportRoutes);
  await app.register(organisationDataRoutes);
  await app.register(mailRoutes);
  await app.register(startRoutes);
  await app.register(retentionRoutes);

  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}
