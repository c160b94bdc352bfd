import { parseCsv, validateImportRows } from '@derde-bron/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { teams } from '../../db/schema.ts';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgParams } from '../../http/params.ts';
import { HttpError, invalidInput } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';
import { toCsv } from '../../lib/csv.ts';
import { readXlsxSafely, SpreadsheetRefused } from '../../lib/xlsx-read.ts';
import { isZip } from '../../lib/zip-limits.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { insertPeople, listActivities, listPeople } from './repository.ts';
import { errors, importReportSchema } from './schemas.ts';
import { activityRows, peopleRows, toXlsx } from './spreadsheet.ts';

const tags = ['registry'];
/** A registry spreadsheet is small; 2 MB holds thousands of rows. */
const maxImportBytes = 2 * 1024 * 1024;

const decodeUtf8 = (content: Buffer) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw invalidInput('notUtf8');
  }
};

const transferRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/api/organisations/:orgId/registry/import',
    {
      config: { access: { permission: 'registry.manage' } },
      schema: {
        summary: 'Import people from a CSV or XLSX file (multipart/form-data, field `file`)',
        description:
          'Every row is checked first. With any error the answer is 422 with every error as {row, column, messageKey} and nothing is stored; otherwise all rows are stored in one transaction.',
        tags,
        params: orgParams,
        response: {
          201: z.object({ imported: z.int() }),
          ...errors,
          413: errorResponseSchema,
          422: importReportSchema,
        },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      if (!request.isMultipart()) throw invalidInput('fileMissing');
      const file = await request.file({ limits: { fileSize: maxImportBytes, files: 1 } });
      if (!file) throw invalidInput('fileMissing');
      const content = await file.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE')
          throw new HttpError(413, 'INVALID_INPUT', 'importTooLarge');
        throw error;
      });
      const table = isZip(content)
        ? await readXlsxSafely(content).catch((error: unknown) => {
            if (error instanceof SpreadsheetRefused && error.reason === 'tooLarge')
              throw new HttpError(413, 'INVALID_INPUT', 'spreadsheetTooLarge');
            throw invalidInput('importFileType');
          })
        : parseCsv(decodeUtf8(content));
      const imported = await withTenant(db, orgId, async (tx) => {
        const orgTeams = await tx
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(eq(teams.orgId, orgId));
        const result = validateImportRows(table, { teams: orgTeams });
        if (result.errors.length > 0) return result;
        await insertPeople(tx, orgId, result.people);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'registry.imported',
          details: { rows: result.people.length },
        });
        return result;
      });
      if (imported.errors.length > 0) {
        return reply.code(422).send({
          code: 'INVALID_INPUT',
          message: translate(pickLocale(request), 'importHasErrors'),
          errors: imported.errors,
        });
      }
      return reply.code(201).send({ imported: imported.people.length });
    },
  );

  app.get(
    '/api/organisations/:orgId/registry/export.csv',
    {
      config: { access: { permission: 'registry.manage' } },
      schema: {
        summary: 'The registry (`what=people`) or the activities with reach (`what=activities`) as CSV',
        tags,
        params: orgParams,
        querystring: z.object({ what: z.enum(['people', 'activities']).default('people') }),
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const locale = pickLocale(request);
      const { what } = request.query;
      const csv = await withTenant(db, orgId, async (tx) => {
        const rows =
          what === 'people'
            ? peopleRows(await listPeople(tx, orgId), locale)
            : activityRows(await listActivities(tx, orgId), locale);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'registry.exported',
          details: { what, format: 'csv' },
        });
        return toCsv(rows);
      });
      const name =
        what === 'people'
          ? locale === 'nl'
            ? 'register'
            : 'registry'
          : locale === 'nl'
            ? 'activiteiten'
            : 'activities';
      return sendDownload(reply, { name: `${name}.csv`, type: 'text/csv; charset=utf-8', body: csv });
    },
  );

  app.get(
    '/api/organisations/:orgId/registry/export.xlsx',
    {
      config: { access: { permission: 'registry.manage' } },
      schema: {
        summary: 'The registry and the activities with reach as one XLSX workbook (two sheets)',
        tags,
        params: orgParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const locale = pickLocale(request);
      const workbook = await withTenant(db, orgId, async (tx) => {
        const people = peopleRows(await listPeople(tx, orgId), locale);
        const activityList = activityRows(await listActivities(tx, orgId), locale);
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'registry.exported',
          details: { what: 'all', format: 'xlsx' },
        });
        return toXlsx([
          { name: locale === 'nl' ? 'Register' : 'Registry', rows: people },
          { name: locale === 'nl' ? 'Activiteiten' : 'Activities', rows: activityList },
        ]);
      });
      return sendDownload(reply, {
        name: `${locale === 'nl' ? 'register' : 'registry'}.xlsx`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: workbook,
      });
    },
  );
};

export default transferRoutes;
