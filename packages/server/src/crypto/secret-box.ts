import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts small secrets at rest (TOTP secrets) with AES-256-GCM under the server's secret key, so a
 * copy of the database alone does not give away anyone's second factor.
 */
export function createSecretBox(key: Buffer) {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    seal(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
    },
    open(box: string): string {
      const [iv, tag, sealed] = box.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !sealed) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;
