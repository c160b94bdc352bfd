import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { invalidInput } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import {
  type AuditAction,
  auditActions,
  decodeAuditCursor,
  encodeAuditCursor,
  listAudit,
} from './audit-log.ts';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/:orgId/audit-log',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        summary: 'Who did what and when in the organisation, newest first (org_admin)',
        tags: ['organisations'],
        params: z.object({ orgId: z.uuid() }),
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(100),
          /** The `next` of the previous page: older entries than those. */
          before: z.string().max(200).optional(),
          action: z.enum(auditActions as [AuditAction, ...AuditAction[]]).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
        }),
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
            /** Pass as `before` for the next (older) page; null on the last page. */
            next: z.string().nullable(),
          }),
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const { limit, before, action, from, to } = request.query;
      const cursor = before ? decodeAuditCursor(before) : undefined;
      if (cursor === null) throw invalidInput('invalidInput');
      const rows = await withTenant(app.database.db, orgId, (tx) =>
        listAudit(tx, orgId, {
          limit,
          ...(cursor ? { before: cursor } : {}),
          ...(action ? { action } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        }),
      );
      const entries = rows.slice(0, limit);
      const last = entries.at(-1);
      return { entries, next: rows.length > limit && last ? encodeAuditCursor(last) : null };
    },
  );
};

export default auditRoutes;
