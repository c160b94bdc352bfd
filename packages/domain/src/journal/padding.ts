/**
 * Entry sizes padded to buckets, so that the stored ciphertext says little about how much someone
 * wrote: a short note and a long page of the same bucket look alike. The plaintext is
 * `length (4 bytes, big-endian) ‖ bytes ‖ zeros` up to the smallest bucket it fits in.
 */
export const journalBuckets = [1024, 4096, 16_384, 65_536, 262_144] as const;

/** Bytes AES-GCM adds to a padded entry: the 12-byte IV in front and the 16-byte tag behind. */
export const journalSealOverhead = 12 + 16;

/** The sizes (in bytes, after base64 decoding) a stored entry may have: one per bucket. */
export const journalSealedSizes: readonly number[] = journalBuckets.map((b) => b + journalSealOverhead);

/** The largest entry (UTF-8 bytes) a journal keeps. */
export const journalMaxEntryBytes = 262_144 - 4;

/** The bucket a plaintext of `byteLength` bytes is padded to, or null when it is too long. */
export function journalBucketFor(byteLength: number): number | null {
  return journalBuckets.find((bucket) => byteLength + 4 <= bucket) ?? null;
}

export function padToBucket(bytes: Uint8Array): Uint8Array {
  const bucket = journalBucketFor(bytes.length);
  if (bucket === null) throw new RangeError('journal entry too long');
  const padded = new Uint8Array(bucket);
  new DataView(padded.buffer).setUint32(0, bytes.length);
  padded.set(bytes, 4);
  return padded;
}

export function unpad(padded: Uint8Array): Uint8Array {
  if (padded.length < 4) throw new RangeError('padded entry too short');
  const length = new DataView(padded.buffer, padded.byteOffset, padded.byteLength).getUint32(0);
  if (length > padded.length - 4) throw new RangeError('padded entry length out of range');
  return padded.slice(4, 4 + length);
}
