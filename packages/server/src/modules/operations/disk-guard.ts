import { statfs } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pickLocale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';

/**
 * Embedded PGlite stops answering for good when its disk fills up (below some 16 MB free it hung,
 * logged nothing and ignored SIGTERM). So the app never lets it get there: it watches the free
 * space of the data folder and, below `minFreeBytes`, refuses every write with a 503 (and a log
 * line) while reads go on; `/api/ready` says why. Once space returns it takes writes again by
 * itself. A PostgreSQL server handles a full disk itself (the write fails, the server lives); this
 * guard is for the embedded mode only.
 */
export type DiskGuard = {
  /** True while free space is below the minimum. */
  readonly low: boolean;
  readonly freeBytes: number | null;
  check(): Promise<void>;
  stop(): void;
};

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

export function createDiskGuard(opts: {
  dir: string;
  minFreeBytes: number;
  intervalMs: number;
  log: Log;
  /** How free space is read (tests may simulate a full disk where they cannot mount one). */
  freeBytesOf?: (dir: string) => Promise<number>;
}): DiskGuard {
  const freeBytesOf =
    opts.freeBytesOf ??
    (async (dir: string) => {
      const s = await statfs(dir);
      return s.bavail * s.bsize;
    });
  let low = false;
  let freeBytes: number | null = null;
  const check = async () => {
    try {
      freeBytes = await freeBytesOf(opts.dir);
    } catch {
      return;
    }
    const nowLow = freeBytes < opts.minFreeBytes;
    if (nowLow && !low)
      opts.log.warn(
        { freeBytes, minFreeBytes: opts.minFreeBytes },
        'disk nearly full: writes refused until space returns',
      );
    if (!nowLow && low) opts.log.info({ freeBytes }, 'disk space is back: writes taken again');
    low = nowLow;
  };
  const timer = setInterval(() => void check(), opts.intervalMs);
  timer.unref();
  return {
    get low() {
      return low;
    },
    get freeBytes() {
      return freeBytes;
    },
    check,
    stop: () => clearInterval(timer),
  };
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses writes while the guard says the disk is (nearly) full. */
async function diskGuardPlugin(app: FastifyInstance, opts: { guard: DiskGuard | undefined }) {
  const { guard } = opts;
  if (!guard) return;
  app.addHook('onRequest', async (request, reply) => {
    if (!guard.low || safeMethods.has(request.method)) return;
    request.log.warn({ freeBytes: guard.freeBytes }, 'write refused: disk nearly full');
    return (
      reply
        .code(503)
        .header('Retry-After', '60')
        .type('application/json; charset=utf-8')
        // Serialized here: the route's own response schema (for its 503) must not reshape it.
        .send(JSON.stringify({ code: 'UNAVAILABLE', message: translate(pickLocale(request), 'diskFull') }))
    );
  });
  app.addHook('onClose', async () => guard.stop());
}

export default fp(diskGuardPlugin, { name: 'disk-guard' });

/** Background jobs write too: while the disk is low they wait (the runner tries them again later). */
export function guardJobs<
  J extends { work(name: string, handler: (data: Record<string, unknown>) => Promise<void>): Promise<void> },
>(jobs: J, guard: DiskGuard | undefined): J {
  if (!guard) return jobs;
  const work = jobs.work.bind(jobs);
  return Object.assign(jobs, {
    work: (name: string, handler: (data: Record<string, unknown>) => Promise<void>) =>
      work(name, async (data) => {
        if (guard.low) throw Object.assign(new Error('disk nearly full'), { code: 'ENOSPC' });
        await handler(data);
      }),
  });
}
