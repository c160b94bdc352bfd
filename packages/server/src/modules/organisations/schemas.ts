import { orgRoleSchema } from '@derde-bron/domain';
import { z } from 'zod';
import { orgParams } from '../../http/params.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';

/** What the organisations module's routes answer, and their shared OpenAPI tag and errors. */
export const tags = ['organisations'];
export const errors = scopedErrorResponses;

export const memberParams = orgParams.extend({ membershipId: z.uuid() });
export const memberSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: orgRoleSchema,
  teamId: z.uuid().nullable(),
  hasTwoFactor: z.boolean(),
});

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: orgRoleSchema,
  teamId: z.uuid().nullable(),
  expiresAt: z.date(),
});
