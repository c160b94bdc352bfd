import { intervisionMethods } from '@derde-bron/domain';
import { z } from 'zod';
import { orgParams } from '../../http/params.ts';

export const sessionParams = orgParams.extend({ sessionId: z.uuid() });

const sessionFields = {
  id: z.uuid(),
  kind: z.enum(['intervision', 'supervision']),
  setting: z.enum(['internal', 'external']),
  heldOn: z.string(),
  method: z.enum(intervisionMethods),
  finishedAt: z.date().nullable(),
  minutes: z.int().nullable(),
};

export const sessionSummarySchema = z.object({ ...sessionFields, participants: z.int() });

export const sessionDetailSchema = z.object({
  ...sessionFields,
  themes: z.string(),
  agreements: z.string(),
  version: z.int(),
  participants: z.array(z.object({ personId: z.uuid(), name: z.string(), logId: z.uuid().nullable() })),
});
