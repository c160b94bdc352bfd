import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgParams } from '../../http/params.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { toCsv } from '../../lib/csv.ts';
import { recordAudit } from '../audit/index.ts';
import { ensureRoadmap, getFrameworkContent, listItems } from './repository.ts';
import { errors } from './schemas.ts';

const headers = {
  nl: [
    'Stap',
    'Nummer',
    'Punt',
    'Status',
    'Eigenaar',
    'Deadline',
    'Notities',
    'Reden niet van toepassing',
    'Bijgewerkt',
  ],
  en: ['Step', 'Number', 'Item', 'Status', 'Owner', 'Due date', 'Notes', 'Reason not applicable', 'Updated'],
};
const statusNames = {
  nl: {
    notStarted: 'Niet gestart',
    inProgress: 'Bezig',
    done: 'Klaar',
    notApplicable: 'Niet van toepassing',
  },
  en: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', notApplicable: 'Not applicable' },
};

const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/organisations/:orgId/roadmap/export.csv',
    {
      config: { access: { permission: 'roadmap.read' } },
      schema: {
        summary: 'The roadmap as CSV, one row per item, in the user’s language',
        tags: ['roadmap'],
        params: orgParams,
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const locale = pickLocale(request);
      const csv = await withTenant(app.database.db, orgId, async (tx) => {
        const roadmap = await ensureRoadmap(tx, orgId);
        const content = await getFrameworkContent(tx, roadmap?.frameworkVersion ?? 1);
        const items = new Map((await listItems(tx, orgId)).map((item) => [item.itemKey, item]));
        const rows = content.steps.flatMap((step) =>
          step.items.map((frameworkItem) => {
            const item = items.get(frameworkItem.key);
            return [
              `${step.number}. ${step.title[locale]}`,
              `${step.number}.${frameworkItem.number}`,
              frameworkItem.title[locale],
              statusNames[locale][item?.status ?? 'notStarted'],
              item?.ownerName ?? null,
              item?.dueDate ?? null,
              item?.notes ?? null,
              item?.notApplicableReason ?? null,
              item?.updatedAt.toISOString().slice(0, 10) ?? null,
            ];
          }),
        );
        await recordAudit(tx, { orgId, actorUserId: auth.user.id, action: 'roadmap.exported' });
        return toCsv([headers[locale], ...rows]);
      });
      return sendDownload(reply, { name: 'afwegingskader.csv', type: 'text/csv; charset=utf-8', body: csv });
    },
  );
};

export default exportRoutes;
