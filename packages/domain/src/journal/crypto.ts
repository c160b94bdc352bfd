import { fromBase32, fromBase64, toBase32, toBase64 } from './encoding.ts';
import { padToBucket, unpad } from './padding.ts';

/**
 * The journal's encryption, run in the writer's browser with WebCrypto (the platform's own,
 * well-kept primitives: PBKDF2-SHA-256, HKDF-SHA-256, AES-256-GCM); nothing here is a primitive
 * of our own. The server only ever sees what these functions return as text: salts, the data key
 * wrapped twice, and sealed (padded, encrypted) entries. The design is in SECURITY.md, "The
 * reflection journal".
 *
 * - A random data key (AES-256-GCM) encrypts every entry.
 * - The data key is stored wrapped twice: under a key derived from the passphrase (PBKDF2,
 *   `journalIterations` rounds, a random salt) and under a key derived from the recovery key
 *   (HKDF over 160 random bits). Either unwraps it; without both the journal is lost.
 * - Unwrapped, the data key is not extractable: the page can use it, not read it.
 */

/** PBKDF2-SHA-256 rounds for the passphrase (OWASP's 2023 advice for PBKDF2-HMAC-SHA256). */
export const journalIterations = 600_000;
const saltBytes = 16;
const recoveryKeyBytes = 20;
const entryAad = new TextEncoder().encode('derde-bron journal entry v1');
const wrapAad = {
  passphrase: 'derde-bron journal key, passphrase v1',
  recovery: 'derde-bron journal key, recovery v1',
};

type Bytes = Uint8Array<ArrayBuffer>;
/** WebCrypto's CryptoKey, named through `crypto.subtle` so that Node-only type settings know it too. */
export type JournalDataKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;
const subtle = () => globalThis.crypto.subtle;
const random = (length: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(length));
const utf8 = (text: string): Bytes => new TextEncoder().encode(text) as Bytes;

/** What the server keeps of a journal: public parameters and the data key wrapped twice. */
export type JournalKeyMaterial = {
  salt: string;
  iterations: number;
  passphraseKey: string;
  recoveryKey: string;
};

/** Thrown when a passphrase or recovery key does not open the journal. */
export class JournalLockedError extends Error {
  constructor() {
    super('the passphrase or recovery key does not open this journal');
    this.name = 'JournalLockedError';
  }
}

async function passphraseWrappingKey(passphrase: string, salt: Bytes, iterations: number) {
  const base = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function recoveryWrappingKey(recovery: Bytes, salt: Bytes) {
  const base = await subtle().importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8(wrapAad.recovery) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: JournalDataKey, plain: Bytes, aad: Bytes): Promise<string> {
  const iv = random(12);
  const sealed = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plain),
  );
  const out = new Uint8Array(12 + sealed.length);
  out.set(iv);
  out.set(sealed, 12);
  return toBase64(out);
}

async function open(key: JournalDataKey, text: string, aad: Bytes): Promise<Bytes> {
  const bytes = fromBase64(text);
  try {
    return new Uint8Array(
      await subtle().decrypt(
        { name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: aad },
        key,
        bytes.slice(12),
      ),
    );
  } catch {
    throw new JournalLockedError();
  }
}

const importDataKey = (raw: Bytes) =>
  subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** A recovery key as the writer sees it: 32 characters in groups of four. */
export const formatRecoveryKey = (bytes: Uint8Array) =>
  toBase32(bytes)
    .match(/.{1,4}/g)
    ?.join('-') ?? '';

/**
 * A new journal: a data key, wrapped under the passphrase and under a fresh recovery key. Returns
 * what the server stores, the recovery key to show once, and the data key to use now.
 */
export async function createJournalKeys(
  passphrase: string,
  iterations: number = journalIterations,
): Promise<{ material: JournalKeyMaterial; recoveryKey: string; dataKey: JournalDataKey }> {
  const salt = random(saltBytes);
  const recovery = random(recoveryKeyBytes);
  const raw = random(32);
  const [byPassphrase, byRecovery] = await Promise.all([
    passphraseWrappingKey(passphrase, salt, iterations),
    recoveryWrappingKey(recovery, salt),
  ]);
  const material = {
    salt: toBase64(salt),
    iterations,
    passphraseKey: await seal(byPassphrase, raw, utf8(wrapAad.passphrase)),
    recoveryKey: await seal(byRecovery, raw, utf8(wrapAad.recovery)),
  };
  const dataKey = await importDataKey(raw);
  raw.fill(0);
  return { material, recoveryKey: formatRecoveryKey(recovery), dataKey };
}

/** Opens the journal with the passphrase; throws JournalLockedError when it is not the right one. */
export async function unlockWithPassphrase(
  material: JournalKeyMaterial,
  passphrase: string,
): Promise<JournalDataKey> {
  const key = await passphraseWrappingKey(
    passphrase,
    fromBase64(material.salt) as Bytes,
    material.iterations,
  );
  const raw = await open(key, material.passphraseKey, utf8(wrapAad.passphrase));
  const dataKey = await importDataKey(raw);
  raw.fill(0);
  return dataKey;
}

/** Opens the journal with the recovery key (as written down: case, spaces and dashes do not matter). */
export async function unlockWithRecoveryKey(
  material: JournalKeyMaterial,
  recoveryKey: string,
): Promise<JournalDataKey> {
  const recovery = fromBase32(recoveryKey);
  if (!recovery || recovery.length !== recoveryKeyBytes) throw new JournalLockedError();
  const key = await recoveryWrappingKey(recovery as Bytes, fromBase64(material.salt) as Bytes);
  const raw = await open(key, material.recoveryKey, utf8(wrapAad.recovery));
  const dataKey = await importDataKey(raw);
  raw.fill(0);
  return dataKey;
}

/**
 * A new passphrase for an open journal (after unlocking with the recovery key): the data key is
 * unwrapped with the recovery key once more and wrapped under the new passphrase with a new salt;
 * the recovery key keeps working.
 */
export async function rewrapForNewPassphrase(
  material: JournalKeyMaterial,
  recoveryKey: string,
  newPassphrase: string,
  iterations: number = journalIterations,
): Promise<JournalKeyMaterial> {
  const recovery = fromBase32(recoveryKey);
  if (!recovery || recovery.length !== recoveryKeyBytes) throw new JournalLockedError();
  const oldSalt = fromBase64(material.salt) as Bytes;
  const raw = await open(
    await recoveryWrappingKey(recovery as Bytes, oldSalt),
    material.recoveryKey,
    utf8(wrapAad.recovery),
  );
  const salt = random(saltBytes);
  const [byPassphrase, byRecovery] = await Promise.all([
    passphraseWrappingKey(newPassphrase, salt, iterations),
    recoveryWrappingKey(recovery as Bytes, salt),
  ]);
  const next = {
    salt: toBase64(salt),
    iterations,
    passphraseKey: await seal(byPassphrase, raw, utf8(wrapAad.passphrase)),
    recoveryKey: await seal(byRecovery, raw, utf8(wrapAad.recovery)),
  };
  raw.fill(0);
  return next;
}

/** Encrypts an entry's content (any JSON value): UTF-8, padded to its bucket, AES-GCM. */
export async function sealEntry(dataKey: JournalDataKey, content: unknown): Promise<string> {
  return seal(dataKey, padToBucket(utf8(JSON.stringify(content))) as Bytes, entryAad as Bytes);
}

/** Decrypts a sealed entry back to its content. */
export async function openEntry(dataKey: JournalDataKey, sealed: string): Promise<unknown> {
  const padded = await open(dataKey, sealed, entryAad as Bytes);
  return JSON.parse(new TextDecoder().decode(unpad(padded)));
}
