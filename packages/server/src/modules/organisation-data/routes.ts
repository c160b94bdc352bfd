import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundRow } from '../../db/rows.ts';
import { auditLog, organisations } from '../../db/schema.ts';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgParams } from '../../http/params.ts';
import { HttpError, invalidInput } from '../../http-error.ts';
import type { OrganisationExporter } from '../../lib/organisation-export.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { collectExport, deleteAccounts, exportToCsv, exportToXlsx, memberUserIds } from './export-tables.ts';

const tags = ['organisation data'];
const formats = {
  json: { type: 'application/json; charset=utf-8', file: 'organisatie-export.json' },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    file: 'organisatie-export.xlsx',
  },
  csv: { type: 'text/csv; charset=utf-8', file: 'organisatie-export.csv' },
} as const;

/** The organisation's full export and its deletion (org_admin only, each logged). */
const organisationDataRoutes: FastifyPluginAsyncZod<{ exporters: readonly OrganisationExporter[] }> = async (
  app,
  { exporters },
) => {
  const { db } = app.database;

  /** A member of this organisation refused an export (403 from the access check) is logged. */
  async function logRefusedExport(request: FastifyRequest, error: Error) {
    const { params } = request;
    const orgId = typeof params === 'object' && params && 'orgId' in params ? params.orgId : undefined;
    const membership = request.auth?.membership;
    if (
      !(error instanceof HttpError) ||
      error.statusCode !== 403 ||
      !membership ||
      membership.orgId !== orgId
    )
      return;
    await withTenant(db, membership.orgId, (tx) =>
      recordAudit(tx, {
        orgId: membership.orgId,
        actorUserId: request.auth?.user.id ?? null,
        action: 'data.exportRefused',
        details: { role: membership.role },
      }),
    );
    request.log.warn({ action: 'data.exportRefused' }, 'export refused for lack of permission');
  }

  for (const format of ['json', 'xlsx', 'csv'] as const) {
    app.get(
      `/api/organisations/:orgId/export.${format}`,
      {
        config: { access: { permission: 'data.export' } },
        onError: (request, _reply, error) => logRefusedExport(request, error),
        schema: {
          summary: `Everything that belongs to the organisation, as ${format.toUpperCase()} (org_admin; logged)`,
          description:
            'Organisation, teams, members, invitations, audit log, roadmap with history, decisions, evidence, goals and policy topics, measurement waves and their results with the same suppression as on screen. Single responses are never exported. The JSON export also carries evidence files (base64), for moving to another system.',
          tags,
          params: orgParams,
          response: { 200: z.any(), ...scopedErrorResponses },
        },
      },
      async (request, reply) => {
        const { orgId } = request.params;
        const auth = request.member;
        const tables = await withTenant(db, orgId, async (tx) => {
          const collected = await collectExport(tx, orgId, exporters, { withFiles: format === 'json' });
          await recordAudit(tx, {
            orgId,
            actorUserId: auth.user.id,
            action: 'data.exported',
            details: { format },
          });
          return collected;
        });
        const body =
          format === 'json'
            ? JSON.stringify({
                format: 'derde-bron-organisation-export',
                version: 1,
                exportedAt: new Date().toISOString(),
                tables: Object.fromEntries(tables.map((table) => [table.name, table.rows])),
              })
            : format === 'xlsx'
              ? await exportToXlsx(tables)
              : exportToCsv(tables);
        return sendDownload(reply, { name: formats[format].file, type: formats[format].type, body });
      },
    );
  }

  app.delete(
    '/api/organisations/:orgId/data',
    {
      config: { access: { permission: 'data.delete' } },
      schema: {
        summary:
          'Delete all of the organisation’s data and its members’ accounts (org_admin; typed confirmation; logged)',
        description:
          'The body must carry the organisation’s name exactly. Everything goes, including the audit log; one entry outside the organisation records that (and by whom) it was deleted.',
        tags,
        params: orgParams,
        body: z.strictObject({ confirmation: z.string().min(1).max(200) }),
        response: { 200: z.object({ deleted: z.literal(true) }), ...scopedErrorResponses },
      },
    },
    async (request) => {
      const { orgId } = request.params;
      const auth = request.member;
      const deleted = await withTenant(db, orgId, async (tx) => {
        const organisation = foundRow(
          await tx
            .select({ name: organisations.name })
            .from(organisations)
            .where(eq(organisations.id, orgId)),
        );
        if (request.body.confirmation.trim() !== organisation.name)
          throw invalidInput('deleteConfirmationMismatch');
        const userIds = await memberUserIds(tx, orgId);
        // The audit log is append-only except in the transaction that deletes its organisation.
        await tx.execute(sql`select set_config('app.audit_purge', 'on', true)`);
        await tx.delete(auditLog).where(eq(auditLog.orgId, orgId));
        // Accounts first, while they are still members: row-level security shows the tenant only
        // its own members' accounts.
        await deleteAccounts(tx, userIds);
        await tx.delete(organisations).where(eq(organisations.id, orgId));
        return { members: userIds.length };
      });
      // Network-level entry (no organisation any more): what was deleted, by whom, how many accounts.
      await recordAudit(db, {
        orgId: null,
        actorUserId: auth.user.id,
        action: 'data.deleted',
        targetType: 'organisation',
        targetId: orgId,
        details: { members: deleted.members },
      });
      return { deleted: true as const };
    },
  );
};

export default organisationDataRoutes;
