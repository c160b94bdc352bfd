import { z } from 'zod';
import { base64ByteLength } from './encoding.ts';
import { journalSealedSizes } from './padding.ts';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'journalNotEncrypted');

/** A wrapped data key: IV (12) ‖ the 32-byte key ‖ tag (16), in base64. */
const wrappedKeySchema = base64.refine(
  (t) => t.length % 4 === 0 && base64ByteLength(t) === 60,
  'journalNotEncrypted',
);

/** What the browser sends at set-up: public parameters and the data key wrapped twice; never a key. */
export const journalSetupSchema = z.strictObject({
  salt: base64.refine((t) => t.length % 4 === 0 && base64ByteLength(t) === 16, 'journalNotEncrypted'),
  iterations: z.int().min(600_000).max(10_000_000),
  passphraseKey: wrappedKeySchema,
  recoveryKey: wrappedKeySchema,
});

/** A new passphrase: the same, with the version last seen. */
export const journalKeyChangeSchema = journalSetupSchema.extend({ version: z.int().positive() });

/** A sealed entry: base64 of one of the padded sizes, so the server can refuse anything in clear. */
export const sealedEntrySchema = base64
  .max(400_000)
  .refine(
    (t) => t.length % 4 === 0 && journalSealedSizes.includes(base64ByteLength(t)),
    'journalNotEncrypted',
  );

export const journalEntryInputSchema = z.strictObject({ sealed: sealedEntrySchema });
export const journalEntryChangeSchema = z.strictObject({
  sealed: sealedEntrySchema,
  version: z.int().positive(),
});
