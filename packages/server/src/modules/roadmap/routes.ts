import {
  computeRoadmapTrend,
  decisionInputSchema,
  evidenceLinkInputSchema,
  isOptionalItem,
  itemChangeSchema,
  maturityStages,
  type StepKey,
  stepKeys,
  todayIso,
} from '@derde-bron/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { invalidInput, notFound } from '../../http-error.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { maturityEvidenceOf } from './capacity-repository.ts';
import { evidenceFileName, readEvidenceUpload } from './evidence-file.ts';
import { listRoadmapHistory } from './history-entries.ts';
import { buildOverview } from './overview.ts';
import { overviewFacts } from './overview-facts.ts';
import {
  ensureRoadmap,
  getEvidence,
  getFrameworkContent,
  getItem,
  insertDecision,
  insertEvidence,
  listDecisions,
  listEvidence,
  listGoals,
  listHistory,
  listItems,
  listRecentChanges,
  listStatusChanges,
  updateItem,
} from './repository.ts';
import {
  conflictWithItemSchema,
  decisionSchema,
  errors,
  evidenceSchema,
  historySchema,
  itemParams,
  itemSchema,
  overviewSchema,
} from './schemas.ts';

const tags = ['roadmap'];
const isStepKey = (key: string): key is StepKey => (stepKeys as readonly string[]).includes(key);

const roadmapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags });

  route.get('/api/organisations/:orgId/roadmap', {
    permission: 'roadmap.read',
    summary:
      'The six steps with every item, progress, maturity, the step-3 advice, overdue goals and recent changes',
    response: overviewSchema,
    handler: async ({ tx, orgId }) => {
      const roadmap = await ensureRoadmap(tx, orgId);
      if (!roadmap) throw notFound();
      const [content, items, goals, facts] = [
        await getFrameworkContent(tx, roadmap.frameworkVersion),
        await listItems(tx, orgId),
        await listGoals(tx, orgId),
        await overviewFacts(tx, orgId),
      ];
      return {
        frameworkVersion: roadmap.frameworkVersion,
        ...buildOverview({ content, items, goals, ...facts }),
        recentChanges: await listRecentChanges(tx, orgId, 10),
      };
    },
  });

  route.get('/api/organisations/:orgId/roadmap/trend', {
    permission: 'roadmap.read',
    summary:
      'Progress and stage at the end of each quarter since the first status change (today for the current one), rebuilt from the history',
    response: z.object({
      points: z.array(
        z.object({
          quarter: z.string(),
          day: z.string(),
          percent: z.int(),
          stage: z.enum(maturityStages),
        }),
      ),
    }),
    handler: async ({ tx, orgId }) => {
      const roadmap = await ensureRoadmap(tx, orgId);
      const content = await getFrameworkContent(tx, roadmap?.frameworkVersion ?? 1);
      const items = (await listItems(tx, orgId)).flatMap(({ itemKey, stepKey, retiredAt }) =>
        retiredAt === null && isStepKey(stepKey)
          ? [{ itemKey, stepKey, optional: isOptionalItem(content, itemKey) }]
          : [],
      );
      const history = await listStatusChanges(tx, orgId);
      const { facts } = await maturityEvidenceOf(tx, orgId);
      return { points: computeRoadmapTrend(items, history, todayIso(), facts) };
    },
  });

  route.get('/api/organisations/:orgId/roadmap/history', {
    permission: 'roadmap.read',
    summary: 'Changes to all items, newest first',
    querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
    response: z.object({ changes: z.array(historySchema.extend({ itemKey: z.string() })) }),
    handler: async ({ tx, orgId, query }) => ({ changes: await listRoadmapHistory(tx, orgId, query.limit) }),
  });

  route.get('/api/organisations/:orgId/roadmap/items/:itemKey', {
    permission: 'roadmap.read',
    summary: 'One item with its history, decisions and evidence',
    params: itemParams,
    response: z.object({
      item: itemSchema,
      history: z.array(historySchema),
      decisions: z.array(decisionSchema),
      evidence: z.array(evidenceSchema),
    }),
    handler: async ({ tx, orgId, params: { itemKey } }) => {
      await ensureRoadmap(tx, orgId);
      return {
        item: await getItem(tx, orgId, itemKey),
        history: await listHistory(tx, orgId, itemKey),
        decisions: await listDecisions(tx, orgId, itemKey),
        evidence: await listEvidence(tx, orgId, itemKey),
      };
    },
  });

  route.patch('/api/organisations/:orgId/roadmap/items/:itemKey', {
    permission: 'roadmap.edit',
    summary: 'Change an item: status, owner, due date, notes',
    description:
      'Send the `version` you last saw. If someone saved in between, the answer is 409 with the item as it is now, and nothing is overwritten.',
    params: itemParams,
    body: itemChangeSchema,
    response: itemSchema,
    errors: { 409: conflictWithItemSchema },
    handler: async ({ tx, orgId, params: { itemKey }, body, member: auth }) => {
      const roadmap = await ensureRoadmap(tx, orgId);
      // Only an item the guide words as optional may be "niet van toepassing" (the reason is required
      // by the schema): a required item can never leave the stage that way.
      if (body.status === 'notApplicable') {
        await getItem(tx, orgId, itemKey);
        const content = await getFrameworkContent(tx, roadmap?.frameworkVersion ?? 1);
        if (!isOptionalItem(content, itemKey)) throw invalidInput('notApplicableRequired');
      }
      return updateItem(tx, orgId, itemKey, body, { userId: auth.user.id, name: auth.user.name });
    },
  });

  route.post('/api/organisations/:orgId/roadmap/items/:itemKey/decisions', {
    permission: 'roadmap.edit',
    summary: 'Record a decision on an item: when, what, why, and who decided',
    params: itemParams,
    body: decisionInputSchema,
    response: decisionSchema,
    status: 201,
    handler: async ({ tx, orgId, params: { itemKey }, body, member: auth }) => {
      await ensureRoadmap(tx, orgId);
      const item = await getItem(tx, orgId, itemKey);
      return insertDecision(tx, {
        orgId,
        itemKey,
        stepKey: item.stepKey,
        ...body,
        recordedBy: auth.user.id,
      });
    },
  });

  route.post('/api/organisations/:orgId/roadmap/items/:itemKey/evidence/link', {
    permission: 'roadmap.edit',
    summary: 'Add a link as evidence for an item (e.g. the vision document)',
    params: itemParams,
    body: evidenceLinkInputSchema,
    response: evidenceSchema,
    status: 201,
    handler: async ({ tx, orgId, params: { itemKey }, body, member: auth }) => {
      await ensureRoadmap(tx, orgId);
      await getItem(tx, orgId, itemKey);
      return insertEvidence(tx, { orgId, itemKey, ...body, addedBy: auth.user.id });
    },
  });

  app.post(
    '/api/organisations/:orgId/roadmap/items/:itemKey/evidence/file',
    {
      config: { access: { permission: 'roadmap.edit' } },
      schema: {
        summary:
          'Upload a file as evidence (multipart/form-data, field `file`; PDF, DOCX, ODT, XLSX, PNG or JPEG, 10 MB at most)',
        description: 'The type is checked on the content, not on the name. A refused file stores nothing.',
        tags,
        params: itemParams,
        response: { 201: evidenceSchema, ...errors, 413: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { orgId, itemKey } = request.params;
      const auth = request.member;
      const { content, type, title } = await readEvidenceUpload(request);
      const evidence = await withTenant(db, orgId, async (tx) => {
        await ensureRoadmap(tx, orgId);
        await getItem(tx, orgId, itemKey);
        return insertEvidence(tx, {
          orgId,
          itemKey,
          title,
          fileName: evidenceFileName(title, type.mime),
          mimeType: type.mime,
          size: content.length,
          content,
          addedBy: auth.user.id,
        });
      });
      return reply.code(201).send(evidence);
    },
  );

  app.get(
    '/api/organisations/:orgId/roadmap/evidence/:evidenceId/file',
    {
      config: { access: { permission: 'roadmap.read' } },
      schema: {
        summary: 'Download an evidence file (always as an attachment)',
        tags,
        params: orgParams.extend({ evidenceId: z.uuid() }),
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, evidenceId } = request.params;
      const file = await withTenant(db, orgId, (tx) => getEvidence(tx, orgId, evidenceId));
      if (!file?.content || !file.mimeType) throw notFound();
      // Named after the type read from the content, whatever the uploader called it.
      const name = evidenceFileName(file.fileName ?? 'bestand', file.mimeType);
      return sendDownload(reply, { name, type: file.mimeType, body: Buffer.from(file.content) });
    },
  );
};

export default roadmapRoutes;
