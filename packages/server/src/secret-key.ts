import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from './config.ts';
import type { SecretBox } from './crypto/secret-box.ts';
import type { Db } from './db/client.ts';

/**
 * The key that encrypts secrets at rest. Production must set SECRET_KEY (config refuses to start
 * without it); elsewhere a key is made once and kept beside the embedded database, so that a
 * restart can still read what it wrote. An in-memory database gets a key that lives as long.
 */
export async function resolveSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Promise<Buffer> {
  if (config.secretKey) return config.secretKey;
  if (config.dataDir === 'memory://') return randomBytes(32);
  const file = path.join(config.dataDir, 'secret.key');
  try {
    return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  } catch {
    const key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
    return key;
  }
}

export class SecretKeyMismatch extends Error {}

const checkPlain = 'derde-bron secret key check';

/**
 * Proves that `secretBox` has the key this database was made with: the first start seals a
 * constant, every later start opens it. A restore on a new server without the original key fails
 * here with one clear line, not later with a 500 on every sealed value (second factors, mail).
 */
export async function checkSecretKey(db: Db, secretBox: SecretBox): Promise<void> {
  const rows = (
    (await db.execute(sql`select sealed from secret_key_check limit 1`)) as unknown as {
      rows: Array<{ sealed: string }>;
    }
  ).rows;
  const stored = rows[0]?.sealed;
  if (!stored) {
    await db.execute(sql`insert into secret_key_check (sealed) values (${secretBox.seal(checkPlain)})`);
    return;
  }
  let opened = '';
  try {
    opened = secretBox.open(stored);
  } catch {
    // a different key: below
  }
  if (opened !== checkPlain)
    throw new SecretKeyMismatch(
      'SECRET_KEY is not the key this database was made with, so its sealed secrets (two-step verification, mail waiting to be sent) cannot be opened. Start with the original SECRET_KEY (after a restore: the key of the installation the backup came from; embedded: its secret.key file)',
    );
}
