import { organisationSizeChangeSchema } from '@derde-bron/domain';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { foundRow } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { conflict } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { organisations } from './table.ts';

const sizeSchema = z.object({
  staffFte: z.number().nullable(),
  clientsPerYear: z.int().nullable(),
  version: z.int(),
});

async function getSize(tx: Tx, orgId: string) {
  return foundRow(
    await tx
      .select({
        staffFte: organisations.staffFte,
        clientsPerYear: organisations.clientsPerYear,
        version: organisations.sizeVersion,
      })
      .from(organisations)
      .where(eq(organisations.id, orgId)),
  );
}

/** The organisation's size (staff FTE, clients per year): the network's figures per 100 FTE and per 1,000 clients. */
export default orgRoutesPlugin({ tags: ['organisations'] }, (route) => {
  route.get('/api/organisations/:orgId/size', {
    permission: 'organisation.read',
    summary: 'The organisation’s size: staff FTE and clients per year',
    response: sizeSchema,
    handler: ({ tx, orgId }) => getSize(tx, orgId),
  });

  route.patch('/api/organisations/:orgId/size', {
    permission: 'network.participation',
    summary: 'Record the organisation’s size (with the version you last saw)',
    description:
      'Staff FTE and clients per year; the network divides by them so that small and large organisations compare fairly.',
    body: organisationSizeChangeSchema,
    response: sizeSchema,
    errors: { 409: errorResponseSchema.extend({ current: sizeSchema }) },
    handler: async ({ audit, tx, orgId, body: { version, staffFte, clientsPerYear } }) => {
      const saved = await tx
        .update(organisations)
        .set({ staffFte, clientsPerYear, sizeVersion: version + 1 })
        .where(and(eq(organisations.id, orgId), eq(organisations.sizeVersion, version)))
        .returning({ id: organisations.id });
      if (saved.length === 0) throw conflict('sizeConflict', { current: await getSize(tx, orgId) });
      // The network divides this organisation's figures by its size: who changed it is logged.
      await audit({ action: 'organisation.sizeRecorded', targetType: 'organisation', targetId: orgId });
      return getSize(tx, orgId);
    },
  });
});
