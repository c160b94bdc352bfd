import path from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from './db/client.ts';
import { defaultRetention, type RetentionPeriods } from './modules/operations/retention-periods.ts';
import { defaultWebDistDir } from './paths.ts';

const retentionEnv = {
  sessions: 'RETENTION_SESSIONS_DAYS',
  passwordLinks: 'RETENTION_PASSWORD_LINKS_DAYS',
  invitations: 'RETENTION_INVITATIONS_DAYS',
  authThrottle: 'RETENTION_AUTH_THROTTLE_DAYS',
  rateLimits: 'RETENTION_RATE_LIMITS_DAYS',
  auditLog: 'RETENTION_AUDIT_LOG_DAYS',
  submissionKeys: 'RETENTION_SUBMISSION_KEYS_DAYS',
  usedRecoveryCodes: 'RETENTION_USED_RECOVERY_CODES_DAYS',
  answers: 'RETENTION_ANSWERS_DAYS',
  endedRegistryPeople: 'RETENTION_ENDED_REGISTRY_PEOPLE_DAYS',
  reports: 'RETENTION_REPORTS_DAYS',
  undeliveredMail: 'RETENTION_UNDELIVERED_MAIL_DAYS',
} as const satisfies Record<keyof RetentionPeriods, string>;
const retentionDays = z.coerce.number().int().min(0).max(36_500).optional();

/** Relative paths are taken from where `npm` was run (the repository root for `npm start`). */
const baseDir = process.env.INIT_CWD ?? process.cwd();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  // Digits only: an empty `PORT=` would otherwise become 0, a random port nobody can find.
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number from 0 to 65535 (empty is not allowed)')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a port number from 0 to 65535'))
    .default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Derde Bron <no-reply@derde-bron.invalid>'),
  SECRET_KEY: z
    .string()
    .refine(
      (key) => Buffer.from(key, 'base64').length === 32,
      'must be 32 bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  RESPOND_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** `true`, a number of proxy hops, or a comma-separated list of proxy addresses (see README). */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[0-9a-fA-F.:/,\s]+)$/, 'must be true, false, a hop count or proxy addresses')
    .optional(),
  /** Embedded mode: below this many MB free in DATA_DIR writes are refused (503) until space returns. */
  DISK_FREE_MIN_MB: z.coerce.number().int().min(1).max(1_000_000).default(64),
  DISK_CHECK_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  /** Turns on `/metrics`, readable with this bearer token only. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ...Object.fromEntries(Object.values(retentionEnv).map((name) => [name, retentionDays])),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** A PostgreSQL server, or an embedded PGlite database in `dataDir` when absent. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the built web app lives; the server serves it when it exists. */
  webDistDir: string;
  /** The address people reach the app at: used in e-mailed links and to check request origins. */
  publicUrl: string;
  /** Mail goes through this SMTP server; without it, into an outbox folder in `dataDir`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** 32 bytes that encrypt secrets at rest; generated into `dataDir` outside production. */
  secretKey: Buffer | undefined;
  session: { idleMinutes: number; maxHours: number };
  /** Fill an empty database with two demo organisations (never in production). */
  demoData: boolean;
  /** Questionnaire submissions per client address per minute (a team on one office network). */
  respondRateLimitPerMinute: number;
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string[];
  /** Bearer token for `/metrics`; without it the endpoint does not exist. */
  metricsToken: string | undefined;
  /** Days each kind of data is kept (see modules/operations/retention.ts). */
  retention: RetentionPeriods;
  /** Embedded mode: the free space below which writes are refused, and how often it is read. */
  disk: { minFreeBytes: number; checkIntervalMs: number };
};

export class ConfigError extends Error {}

/** Validates the environment once at start and names every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && e.DEMO_DATA === 'true')
    problems.push('DEMO_DATA: not allowed in production');
  if (e.NODE_ENV === 'production' && !e.SECRET_KEY) problems.push('SECRET_KEY: required in production');
  // Without it, mailed links would point at localhost.
  if (e.NODE_ENV === 'production' && !e.PUBLIC_URL)
    problems.push('PUBLIC_URL: required in production (the address people reach the app at)');
  // Without it, live reset and invitation links would be written to files in DATA_DIR.
  if (e.NODE_ENV === 'production' && !e.SMTP_URL)
    problems.push('SMTP_URL: required in production (mail is never written to disk there)');
  if (problems.length > 0) throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    // `memory://` keeps the embedded database in memory only: for tests and throw-away demos.
    dataDir: e.DATA_DIR === 'memory://' ? e.DATA_DIR : path.resolve(baseDir, e.DATA_DIR),
    webDistDir: e.WEB_DIST_DIR ? path.resolve(baseDir, e.WEB_DIST_DIR) : defaultWebDistDir,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY, 'base64') : undefined,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    demoData: (e.DEMO_DATA ?? (e.NODE_ENV === 'development' ? 'true' : 'false')) === 'true',
    respondRateLimitPerMinute: e.RESPOND_RATE_LIMIT_PER_MINUTE,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    metricsToken: e.METRICS_TOKEN,
    disk: { minFreeBytes: e.DISK_FREE_MIN_MB * 1024 * 1024, checkIntervalMs: e.DISK_CHECK_SECONDS * 1000 },
    retention: Object.fromEntries(
      Object.entries(retentionEnv).map(([kind, name]) => [
        kind,
        (e as Record<string, unknown>)[name] ?? defaultRetention[kind as keyof RetentionPeriods],
      ]),
    ) as RetentionPeriods,
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Where the database is: a server when `DATABASE_URL` is set, else embedded on disk or in memory. */
export function databaseTarget(config: Pick<Config, 'databaseUrl' | 'dataDir'>): DatabaseTarget {
  if (config.databaseUrl) return { url: config.databaseUrl };
  return config.dataDir === 'memory://' ? { memory: true } : { dataDir: config.dataDir };
}
