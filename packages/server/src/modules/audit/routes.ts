import { orgAuditActions } from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgRoutes } from '../../http/org-routes.ts';
import { invalidInput } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { decodeAuditCursor, encodeAuditCursor, listAudit } from './audit-log.ts';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  // No 409: reading the log conflicts with nothing.
  const errors = {
    400: errorResponseSchema,
    401: errorResponseSchema,
    403: errorResponseSchema,
    404: errorResponseSchema,
  };
  const route = orgRoutes(app, { tags: ['organisations'], errors });

  route.get('/api/organisations/:orgId/audit-log', {
    permission: 'audit.read',
    summary: 'Who did what and when in the organisation, newest first (org_admin)',
    querystring: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(100),
      /** The `next` of the previous page: older entries than those. */
      before: z.string().max(200).optional(),
      action: z.enum(orgAuditActions).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
    }),
    response: z.object({
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
      /** Pass as `before` for the next (older) page; null on the last page. */
      next: z.string().nullable(),
    }),
    handler: async ({ tx, orgId, query: { limit, before, action, from, to } }) => {
      const cursor = before ? decodeAuditCursor(before) : undefined;
      if (cursor === null) throw invalidInput('invalidInput');
      const rows = await listAudit(tx, orgId, {
        limit,
        ...(cursor ? { before: cursor } : {}),
        ...(action ? { action } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      const entries = rows.slice(0, limit);
      const last = entries.at(-1);
      return { entries, next: rows.length > limit && last ? encodeAuditCursor(last) : null };
    },
  });
};

export default auditRoutes;
