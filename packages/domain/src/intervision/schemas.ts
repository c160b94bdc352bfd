import { z } from 'zod';
import { intervisionMethods } from './methods.ts';

const isoDay = z.iso.date();
const recordText = z.string().trim().max(4000);

/** Scheduling a session for a group of registry people. */
export const intervisionSessionInputSchema = z.strictObject({
  kind: z.enum(['intervision', 'supervision']),
  setting: z.enum(['internal', 'external']),
  heldOn: isoDay,
  method: z.enum(intervisionMethods),
  personIds: z.array(z.uuid()).min(2).max(20),
});

/** What the group decides to keep: themes and agreements, never client details or names. */
export const intervisionRecordSchema = z.strictObject({
  themes: recordText,
  agreements: recordText,
  version: z.int().positive(),
});

/** Finishing: the minutes the session took (the registry log's duration), with the version last seen. */
export const intervisionFinishSchema = z.strictObject({
  minutes: z.int().min(15).max(480),
  version: z.int().positive(),
});
