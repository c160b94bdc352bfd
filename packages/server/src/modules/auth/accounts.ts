import type { PasswordProblem } from '@derde-bron/domain';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { invalidInput } from '../../http-error.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { findPasswordProblem, hashPassword } from './passwords.ts';
import { passwordResets, recoveryCodes, users } from './table.ts';

const problemMessages: Record<PasswordProblem, MessageKey> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  common: 'passwordCommon',
  containsEmail: 'passwordContainsEmail',
};

/** Hashes a new password after checking it; a refused one throws 400 with the reason. */
export async function hashNewPassword(password: string, email: string): Promise<string> {
  const problem = findPasswordProblem(password, email);
  if (problem) throw invalidInput(problemMessages[problem]);
  return hashPassword(password);
}

export async function findUserByEmail(db: Db | Tx, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user ?? null;
}

export async function findUserById(db: Db | Tx, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

/**
 * A link to choose a (new) password; the token is only ever stored as its hash. Only the newest
 * link of an account works: issuing one ends the account's earlier links.
 */
export async function createPasswordLink(db: Db | Tx, userId: string, validMinutes: number) {
  const token = createToken();
  await db.delete(passwordResets).where(eq(passwordResets.userId, userId));
  await db.insert(passwordResets).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + validMinutes * 60_000),
  });
  return token;
}

/** Marks a password link used and returns its user, or null if it is unknown, used or expired. */
export async function consumePasswordLink(tx: Tx, token: string) {
  const [used] = await tx
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(passwordResets.tokenHash, hashToken(token)),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    )
    .returning({ userId: passwordResets.userId });
  if (!used) return null;
  // Using a link ends every other link of the account (an older mail must not work afterwards).
  await tx
    .delete(passwordResets)
    .where(and(eq(passwordResets.userId, used.userId), isNull(passwordResets.usedAt)));
  return findUserById(tx, used.userId);
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function createRecoveryCode() {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const chars = [...bytes].map((b) => recoveryAlphabet[b % recoveryAlphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace('-', '');

/** Ten new single-use recovery codes; earlier ones stop working. Shown once, stored hashed. */
export async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const codes = Array.from({ length: 10 }, createRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(code)) })));
  return codes;
}

export async function useRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashToken(normaliseRecoveryCode(code))),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}
