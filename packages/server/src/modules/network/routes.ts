import { buildNetworkSection, compareSection, minimumOrganisations } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundRow } from '../../db/rows.ts';
import { organisations } from '../../db/schema.ts';
import { withTenant } from '../../db/tenant.ts';
import { accessRoutes } from '../../http/access-routes.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { comparisonSchema, dashboardSchema, participationSchema } from './schemas.ts';
import type { NetworkSectionProvider } from './sections.ts';
import { currentSnapshot } from './snapshots.ts';

const tags = ['network'];

/** The network benchmark: aggregates for the association, and each organisation's own comparison. */
const networkRoutes: FastifyPluginAsyncZod<{ sections: readonly NetworkSectionProvider[] }> = async (
  app,
  { sections },
) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });

  accessRoutes(app, { access: 'networkAdmin', tags }).get('/api/network/dashboard', {
    summary:
      'The network figures (network_admin only): aggregates over at least five organisations, none named',
    description:
      'Roadmap progress and maturity per step, and the measurement scales of each organisation’s latest published wave, with a trend per year. Published as a monthly snapshot. Organisations that opted out are left out; a figure over fewer than five organisations, or one organisation dominates, is withheld with its reason; quartiles only from seven organisations.',
    response: dashboardSchema,
    handler: async () => {
      const snapshot = await currentSnapshot(db, sections);
      return {
        period: snapshot.period,
        takenAt: snapshot.takenAt,
        participating: snapshot.participating,
        minimumOrganisations,
        sections: snapshot.inputs.map(buildNetworkSection),
      };
    },
  });

  app.get(
    '/api/organisations/:orgId/network/comparison',
    {
      config: { access: { permission: 'network.compare' } },
      schema: {
        summary: 'The organisation’s own figures beside the network’s median and quartiles',
        description: 'Never another organisation’s figures: only its own values and the network aggregates.',
        tags,
        params: orgParams,
        response: { 200: comparisonSchema, ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      // The aggregates cross organisations by nature; only this organisation's own values are picked out.
      const snapshot = await currentSnapshot(db, sections);
      const [own] = await withTenant(db, orgId, (tx) =>
        tx
          .select({ optedOut: organisations.benchmarkOptedOut })
          .from(organisations)
          .where(eq(organisations.id, orgId)),
      );
      return {
        period: snapshot.period,
        takenAt: snapshot.takenAt,
        optedOut: own?.optedOut ?? false,
        minimumOrganisations,
        sections: snapshot.inputs.map((input) => compareSection(input, orgId)),
      };
    },
  );

  route.get('/api/organisations/:orgId/network/participation', {
    permission: 'network.participation',
    summary: 'Whether the organisation takes part in the network benchmark',
    response: participationSchema,
    handler: async ({ tx, orgId }) => {
      return foundRow(
        await tx
          .select({ optedOut: organisations.benchmarkOptedOut })
          .from(organisations)
          .where(eq(organisations.id, orgId)),
      );
    },
  });

  route.patch('/api/organisations/:orgId/network/participation', {
    permission: 'network.participation',
    summary: 'Opt out of the network benchmark, or back in (org_admin; logged)',
    body: participationSchema.strict(),
    response: participationSchema,
    handler: async ({ audit, tx, orgId, body: { optedOut } }) => {
      const row = foundRow(
        await tx
          .update(organisations)
          .set({ benchmarkOptedOut: optedOut })
          .where(eq(organisations.id, orgId))
          .returning({ optedOut: organisations.benchmarkOptedOut }),
      );
      await audit({ action: optedOut ? 'network.optedOut' : 'network.optedIn' });
      return row;
    },
  });
};

export default networkRoutes;
