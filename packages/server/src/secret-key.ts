import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';

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
