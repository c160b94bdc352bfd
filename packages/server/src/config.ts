import path from 'node:path';
import { z } from 'zod';

/** Relative paths are taken from where `npm` was run (the repository root for `npm start`). */
const baseDir = process.env.INIT_CWD ?? process.cwd();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIST_DIR: z.string().min(1).optional(),
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
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    // `memory://` keeps the embedded database in memory only: for tests and throw-away demos.
    dataDir: e.DATA_DIR === 'memory://' ? e.DATA_DIR : path.resolve(baseDir, e.DATA_DIR),
    webDistDir: e.WEB_DIST_DIR
      ? path.resolve(baseDir, e.WEB_DIST_DIR)
      : path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
