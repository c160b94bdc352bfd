import PgBoss from 'pg-boss';
import { type JobData, type Jobs, type Log, noLog, retryLimit } from './jobs.ts';

/** The pg-boss runner for a PostgreSQL server. Its tables live in their own schema, `pgboss`. */
export async function createPgBossJobs(opts: {
  connectionString: string;
  log?: Log;
  /** Seconds between polls for new jobs (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
}): Promise<Jobs> {
  const log = opts.log ?? noLog;
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    max: 3,
    schema: 'pgboss',
    // Finished jobs (which may hold sealed mail) move to the archive after a minute and are deleted
    // from it after a week.
    archiveCompletedAfterSeconds: 60,
    deleteAfterDays: 7,
  });
  // A lost database shows as errors here; the app answers 503 meanwhile and pg-boss retries.
  boss.on('error', (error: Error & { code?: string }) => log.warn({ code: error.code }, 'job queue error'));
  await boss.start();
  const created = new Map<string, Promise<void>>();
  const names = new Set<string>();
  const ensureQueue = (name: string) => {
    names.add(name);
    let queue = created.get(name);
    if (!queue) {
      queue = (async () => {
        if (!(await boss.getQueue(name)))
          await boss
            .createQueue(name, { name, retryLimit, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 })
            .catch(async (error: Error) => {
              // Another instance made it at the same moment.
              if (!(await boss.getQueue(name))) throw error;
            });
      })();
      queue.catch(() => created.delete(name));
      created.set(name, queue);
    }
    return queue;
  };
  const workers: string[] = [];

  return {
    kind: 'pg-boss',
    async send(name, data) {
      await ensureQueue(name);
      await boss.send(name, data);
    },
    async work(name, handler) {
      await ensureQueue(name);
      workers.push(
        await boss.work(
          name,
          { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
          async ([job]) => {
            if (job) await handler(job.data as JobData);
          },
        ),
      );
    },
    async every(name, minutes) {
      await ensureQueue(name);
      // pg-boss sends a scheduled job once per minute across all instances (a singleton per minute).
      const cron =
        minutes >= 60 ? `0 */${Math.max(1, Math.round(minutes / 60))} * * *` : `*/${minutes} * * * *`;
      await boss.schedule(name, cron, {});
    },
    async queueDepth() {
      const depth: Record<string, number> = {};
      for (const name of names) depth[name] = (await boss.getQueueSize(name)) ?? 0;
      return depth;
    },
    async idle() {
      for (;;) {
        // Created, retrying or running: everything before 'completed'.
        const open = await Promise.all(
          [...names].map((name) => boss.getQueueSize(name, { before: 'completed' })),
        );
        if (open.every((n) => !n)) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
