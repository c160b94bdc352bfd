import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: for session ids and e-mailed links. */
export const createToken = () => randomBytes(32).toString('base64url');

/** Tokens are stored only as their hash, so a leaked table opens no session and no link. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
