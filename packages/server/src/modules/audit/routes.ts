import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { requireOrgPermission, securityFor } from '../auth/guards.ts';
import { listAudit } from './audit-log.ts';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/:orgId/audit-log',
    {
      schema: {
        security: securityFor.permission('audit.read'),
        summary: 'Who did what and when in the organisation, newest first (org_admin)',
        tags: ['organisations'],
        params: z.object({ orgId: z.uuid() }),
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                id: z.uuid(),
                action: z.string(),
                actorName: z.string().nullable(),
                targetType: z.string().nullable(),
                targetId: z.string().nullable(),
                details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
                at: z.date(),
              }),
            ),
          }),
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      requireOrgPermission(request, orgId, 'audit.read');
      const entries = await withTenant(app.database.db, orgId, (tx) =>
        listAudit(tx, orgId, request.query.limit),
      );
      return { entries };
    },
  );
};

export default auditRoutes;
