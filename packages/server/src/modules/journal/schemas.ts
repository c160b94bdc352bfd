import { z } from 'zod';
import { orgParams } from '../../http/params.ts';

export const entryParams = orgParams.extend({ entryId: z.uuid() });

/**
 * The journal as the server knows it: the salt and rounds, and the data key wrapped under the
 * passphrase and under the recovery key. Wrapped keys are ciphertext; no key leaves in the clear.
 */
export const journalSchema = z.object({
  journal: z
    .object({
      salt: z.string(),
      iterations: z.int(),
      passphraseKey: z.string(),
      recoveryKey: z.string(),
      version: z.int(),
      entryCount: z.int(),
    })
    .nullable(),
});

/** An entry as stored: the day and its sealed (padded, encrypted) content. */
export const entrySchema = z.object({
  id: z.uuid(),
  day: z.string(),
  sealed: z.string(),
  version: z.int(),
});
