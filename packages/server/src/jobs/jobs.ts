export type JobData = Record<string, unknown>;
export type JobHandler = (data: JobData) => Promise<void>;

/**
 * Background work, one small interface for both ways the app runs. On a PostgreSQL server the jobs
 * live in pg-boss's tables: every instance may pick one up, and each job runs once (pg-boss takes it
 * with `SKIP LOCKED`). On embedded PGlite there is one process, so an in-process runner does the same
 * work from memory.
 */
export type Jobs = {
  kind: 'pg-boss' | 'in-process';
  send(name: string, data: JobData): Promise<void>;
  work(name: string, handler: JobHandler): Promise<void>;
  /** Runs `name` every `minutes` (at most hourly granularity matters here), once across instances. */
  every(name: string, minutes: number): Promise<void>;
  /** Jobs waiting, per queue that has a worker or a job sent here. */
  queueDepth(): Promise<Record<string, number>>;
  /** Resolves once nothing is queued or running in this process (in-process runner; tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

export type Log = { warn(obj: object, msg: string): void };
export const noLog: Log = { warn: () => {} };

/** Failed jobs are tried again this many times, waiting longer each time. */
export const retryLimit = 4;

/**
 * The runner for embedded mode. `inline` runs a job inside `send` and lets its error through (tests
 * read the mail a request sent as soon as it answers); otherwise a job runs on a later turn of the
 * event loop and is retried with back-off.
 */
export function createInProcessJobs(opts: { inline?: boolean; log?: Log; retryDelayMs?: number } = {}): Jobs {
  const log = opts.log ?? noLog;
  const handlers = new Map<string, JobHandler>();
  const queued: Array<{ name: string; data: JobData; attempt: number }> = [];
  const timers = new Set<NodeJS.Timeout>();
  let running = 0;
  let stopped = false;
  let waiters: Array<() => void> = [];

  const settleWaiters = () => {
    if (queued.length === 0 && running === 0 && timers.size === 0) {
      for (const resolve of waiters) resolve();
      waiters = [];
    }
  };

  const pump = () => {
    while (!stopped && queued.length > 0) {
      const index = queued.findIndex((job) => handlers.has(job.name));
      if (index < 0) break;
      const [job] = queued.splice(index, 1);
      if (!job) break;
      const handler = handlers.get(job.name) as JobHandler;
      running++;
      handler(job.data)
        .catch((error: Error & { code?: string }) => {
          if (job.attempt >= retryLimit || stopped) {
            log.warn({ job: job.name, code: error.code }, 'job failed for good');
            return;
          }
          const timer = setTimeout(
            () => {
              timers.delete(timer);
              queued.push({ ...job, attempt: job.attempt + 1 });
              pump();
            },
            (opts.retryDelayMs ?? 1000) * 2 ** job.attempt,
          );
          timer.unref();
          timers.add(timer);
        })
        .finally(() => {
          running--;
          settleWaiters();
        });
    }
    settleWaiters();
  };

  const intervals: NodeJS.Timeout[] = [];
  return {
    kind: 'in-process',
    async send(name, data) {
      if (stopped) throw new Error('jobs are stopped');
      if (opts.inline) {
        const handler = handlers.get(name);
        if (handler) return handler(data);
      }
      queued.push({ name, data, attempt: 0 });
      setImmediate(pump);
    },
    async work(name, handler) {
      handlers.set(name, handler);
      setImmediate(pump);
    },
    async every(name, minutes) {
      const interval = setInterval(() => {
        if (!queued.some((job) => job.name === name)) queued.push({ name, data: {}, attempt: retryLimit });
        pump();
      }, minutes * 60_000);
      interval.unref();
      intervals.push(interval);
    },
    async queueDepth() {
      const depth: Record<string, number> = {};
      for (const name of handlers.keys()) depth[name] = 0;
      for (const job of queued) depth[job.name] = (depth[job.name] ?? 0) + 1;
      return depth;
    },
    idle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        settleWaiters();
      });
    },
    async stop() {
      stopped = true;
      for (const interval of intervals) clearInterval(interval);
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Let running jobs finish; queued ones go with the process (mail waits in the outbox table and
      // is picked up again by the sweep after a restart, see mail-job.ts).
      while (running > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      settleWaiters();
    },
  };
}
