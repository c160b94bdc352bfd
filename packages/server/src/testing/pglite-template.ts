import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client.ts';
import { publishBundledFrameworks } from '../modules/framework/publish-bundled.ts';

const envName = 'DERDE_BRON_PGLITE_TEMPLATE';

/**
 * Vitest global setup: one embedded database is made and migrated once per test run and dumped to
 * a file; every test's in-memory database starts from that dump instead of running initdb and all
 * migrations again (seconds each on this machine).
 */
export default async function setup() {
  const database = await openDatabase({ memory: true });
  await database.migrate();
  await publishBundledFrameworks(database.db);
  if (!database.dumpEmbedded) throw new Error('the template database is not embedded');
  const file = path.join(tmpdir(), `derde-bron-template-${process.pid}.tar.gz`);
  await writeFile(file, Buffer.from(await (await database.dumpEmbedded()).arrayBuffer()));
  await database.close();
  process.env[envName] = file;
  return () => rm(file, { force: true });
}

/** The template made by the global setup, if this run has one. */
export async function readTemplate(): Promise<Blob | undefined> {
  const file = process.env[envName];
  return file ? new Blob([new Uint8Array(await readFile(file))]) : undefined;
}
