import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import type { PGlite } from '@electric-sql/pglite';
import { lockDataDir, restrictDataDir } from './data-dir.ts';
import { copyEmbeddedTemplate } from './embedded-template.ts';

/**
 * PostgreSQL settings for the embedded database. Shared buffers live in PGlite's WebAssembly memory
 * and every page of them that is used stays resident: PostgreSQL's default of 128 MB was most of
 * embedded mode's memory. Data files are still read through the operating system's file cache,
 * so 16 MB costs reads from memory, not from disk, for a database this size.
 */
export const embeddedSettings = ['-c', 'shared_buffers=16MB'];

/**
 * PGlite's PostgreSQL is 9 MB of WebAssembly. V8 compiles it with its quick compiler (Liftoff) and
 * then compiles the functions that run often again with its optimising one, on background threads.
 * On a 2-core server that second compilation held both cores for the first seconds after a start:
 * PGlite answered a fraction of its usual transactions then, and the start itself waited for it
 * (the start-up breakdown in `npm run bench` shows where). The quick compiler's code alone is a
 * little slower afterwards, which a shelter's traffic does not notice. Set before PGlite compiles.
 */
v8.setFlagsFromString('--liftoff-only');

export type EmbeddedTarget = { dataDir: string } | { memory: true; from?: Blob };

/** PGlite running, with the data folder's lock and what opening it found. */
export type EmbeddedClient = {
  client: PGlite;
  /** Files in the data folder whose permissions were too open and were closed. */
  restrictedFiles: number;
  /** Stops PGlite, closes what it made to others and lets go of the data folder. */
  close: () => Promise<void>;
};

/**
 * Starts PGlite, on disk or in memory. A new data folder starts as a copy of the template the
 * build made (initdb and every migration already done): copying files is seconds faster than
 * initdb, and initdb's memory (a second PostgreSQL, hundreds of MB) never enters the server process.
 * Without a template PGlite runs initdb itself. A data folder is this process's alone (a lock held
 * while it runs) and its user's alone (folder 0700, files 0600: the WAL holds addresses).
 *
 * This module loads nothing of the server beyond that, so that `main.ts` can begin it first: much
 * of PGlite's start is waiting for its WebAssembly to compile on another thread, time in which this
 * thread loads the rest of the server.
 */
export async function openEmbeddedClient(target: EmbeddedTarget): Promise<EmbeddedClient> {
  const { PGlite } = await import('@electric-sql/pglite');
  let release = async () => {};
  let restrictedFiles = 0;
  if ('dataDir' in target) {
    process.umask(0o077);
    await mkdir(target.dataDir, { recursive: true, mode: 0o700 });
    release = await lockDataDir(target.dataDir);
    try {
      if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) await copyEmbeddedTemplate(target.dataDir);
      restrictedFiles = await restrictDataDir(target.dataDir);
    } catch (error) {
      await release();
      throw error;
    }
  }
  const client = await PGlite.create({
    ...('dataDir' in target ? { dataDir: target.dataDir } : {}),
    ...('from' in target && target.from ? { loadDataDir: target.from } : {}),
    startParams: [...PGlite.defaultStartParams, ...embeddedSettings],
  }).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  // PGlite's file system ignores the umask (and PostgreSQL remakes some files at every start): what
  // it makes is closed to others now, now and then while it runs (server.ts) and when it stops.
  // Not waited for here: the folder is 0700 already, so nobody else reaches those files meanwhile.
  const restrict = async () => {
    if ('dataDir' in target) await restrictDataDir(target.dataDir);
  };
  void restrict().catch(() => {});
  return {
    client,
    restrictedFiles,
    close: async () => {
      try {
        await client.close();
        await restrict();
      } finally {
        await release();
      }
    },
  };
}
