import { readFileSync } from 'node:fs';
import { checkPassword, type PasswordProblem } from '@derde-bron/domain';
import { hash, verify } from '@node-rs/argon2';
import { commonPasswordsFile } from '../../paths.ts';

/** argon2id (the library's const enum value 2) at OWASP's minimum: 19 MiB, 2 iterations, 1 lane. */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

const commonPasswords = new Set(
  readFileSync(commonPasswordsFile, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
);

export const hashPassword = (password: string) => hash(password, argon2Options);

/** A hash of nothing, so that checking an unknown address costs the same time as a known one. */
const dummyHash = hashPassword('no account has this password, it only burns time');

/** Verifies a password; with no stored hash it still does the work and answers false. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    const valid = await verify(storedHash ?? (await dummyHash), password);
    return storedHash !== null && valid;
  } catch {
    return false;
  }
}

export function findPasswordProblem(password: string, email?: string): PasswordProblem | null {
  return checkPassword(password, { email, isCommon: (candidate) => commonPasswords.has(candidate) });
}
