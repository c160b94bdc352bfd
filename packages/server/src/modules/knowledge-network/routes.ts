import {
  findNamesInTexts,
  isDocumentKind,
  knowledgeSearchSchema,
  knowledgeSharingInputSchema,
  type SharedPracticeInput,
  sharedDocumentInputSchema,
  sharedDocumentVersionInputSchema,
  sharedPracticeInputSchema,
  withdrawInputSchema,
} from '@derde-bron/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { en, nl } from 'zod/locales';
import type { Tx } from '../../db/tenant.ts';
import { withTenant } from '../../db/tenant.ts';
import { sendDownload } from '../../http/download.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { orgParams } from '../../http/params.ts';
import { HttpError, invalidInput, notFound } from '../../http-error.ts';
import { fieldMessage } from '../../i18n/field-messages.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { recordAudit } from '../audit/index.ts';
import { type EvidenceUpload, evidenceFileName, readEvidenceUpload } from '../roadmap/index.ts';
import { documentText } from './document-text.ts';
import {
  addContentVersion,
  assertSharing,
  copyToActivities,
  copyToPolicyTopics,
  getOwnItem,
  getPolicyTopic,
  getVisibleItem,
  insertSharedItem,
  isSharing,
  latestVersion,
  listCopies,
  listOwnItems,
  listVersions,
  ownPeopleNames,
  searchSharedItems,
  setSharing,
  withdrawItem,
} from './repository.ts';
import {
  copySchema,
  errors,
  itemParams,
  sharedItemDetailSchema,
  sharedItemSchema,
  uploadErrors,
} from './schemas.ts';

const tags = ['knowledge-network'];

/**
 * Refuses (422, nothing stored) a text that may name the organisation's own people, or a file whose
 * text is not read here, unless the sharer confirmed she checked it.
 */
async function checkNothingPersonal(
  tx: Tx,
  orgId: string,
  texts: string[],
  textChecked: boolean,
  confirmed: boolean,
) {
  if (confirmed) return;
  const names = findNamesInTexts(texts, await ownPeopleNames(tx, orgId));
  if (names.length > 0 || !textChecked)
    throw new HttpError(422, 'INVALID_INPUT', 'personalNamesFound', { names, textChecked });
}

/** What every shared item says of itself: its title and summary, licence, and place in the framework. */
const describedPlace = (input: Omit<SharedPracticeInput, 'kind'>) => ({
  title: input.title,
  summary: input.summary,
  licence: input.licence,
  stepKey: input.stepKey,
  itemKey: input.itemKey,
  phases: input.phases,
});

/** Stores a shared activity format or closed policy topic, once nothing personal is found in it. */
async function sharePractice(tx: Tx, orgId: string, userId: string, input: SharedPracticeInput) {
  const place = describedPlace(input);
  if (input.kind === 'activityFormat') {
    await checkNothingPersonal(tx, orgId, [input.title, input.summary], true, input.confirmNames);
    return insertSharedItem(
      tx,
      orgId,
      userId,
      { kind: 'activityFormat', ...place, audience: input.audience, activityKey: input.activityKey },
      { body: { audience: input.audience } },
    );
  }
  const topic = await getPolicyTopic(tx, orgId, input.policyTopicId);
  if (!topic.closedAt) throw invalidInput('policyTopicNotClosed');
  const notes = Object.values(topic.notes).filter((note): note is string => typeof note === 'string');
  await checkNothingPersonal(
    tx,
    orgId,
    [input.title, input.summary, topic.title, ...notes],
    true,
    input.confirmNames,
  );
  return insertSharedItem(
    tx,
    orgId,
    userId,
    { kind: 'policyTopic', ...place },
    { body: { title: topic.title, round: topic.round, notes: topic.notes } },
  );
}

const zodLocales = { nl: nl(), en: en() };

/** The `meta` field of an upload, as JSON, checked by `schema`; refused per field as a body is. */
function uploadMeta<T extends z.ZodType>(
  request: FastifyRequest,
  upload: EvidenceUpload,
  schema: T,
): z.infer<T> {
  const raw = upload.fields.meta;
  if (raw === undefined) throw invalidInput('metaMissing');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw invalidInput('metaMissing');
  }
  const locale = pickLocale(request);
  const parsed = schema.safeParse(json, { error: zodLocales[locale].localeError });
  if (parsed.success) return parsed.data;
  throw new HttpError(400, 'INVALID_INPUT', 'invalidInput', {
    details: parsed.error.issues.map((issue) => ({
      field: ['meta', ...issue.path.map(String)].join('.'),
      message: fieldMessage(locale, issue.message) ?? issue.message,
    })),
  });
}

const fileContent = (upload: EvidenceUpload) => ({
  fileName: evidenceFileName(upload.title, upload.type.mime),
  mimeType: upload.type.mime,
  size: upload.content.length,
  content: upload.content,
});

const uploadText = (upload: EvidenceUpload) => documentText(upload.content, upload.type.mime);

/** The kennisnetwerk: taking part, sharing, finding, copying, withdrawing. */
const knowledgeNetworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const base = '/api/organisations/:orgId/knowledge-network';
  const route = orgRoutes(app, { tags, errors });

  route.get(`${base}/membership`, {
    permission: 'knowledgeNetwork.read',
    summary: 'Whether the organisation takes part in the kennisnetwerk',
    response: z.object({ sharing: z.boolean() }),
    handler: async ({ tx, orgId }) => ({ sharing: await isSharing(tx, orgId) }),
  });

  route.put(`${base}/membership`, {
    permission: 'knowledgeNetwork.share',
    summary: 'Take part in the kennisnetwerk, or stop (stopping withdraws everything shared)',
    body: knowledgeSharingInputSchema,
    response: z.object({ sharing: z.boolean(), withdrawn: z.int() }),
    handler: async ({ audit, tx, orgId, body: { sharing } }) => {
      const was = await isSharing(tx, orgId);
      const withdrawn = await setSharing(tx, orgId, sharing);
      if (was !== sharing)
        await audit({
          action: sharing ? 'knowledgeNetwork.joined' : 'knowledgeNetwork.left',
          details: { withdrawn: withdrawn.length },
        });
      return { sharing, withdrawn: withdrawn.length };
    },
  });

  route.get(`${base}/items`, {
    permission: 'knowledgeNetwork.read',
    summary:
      'Search what the member organisations share (words in title or summary; step, item, phase, kind)',
    description: 'Empty until the organisation takes part itself. Never a withdrawn item.',
    querystring: knowledgeSearchSchema,
    response: z.object({ sharing: z.boolean(), total: z.int(), items: z.array(sharedItemSchema) }),
    handler: async ({ tx, orgId, query }) => {
      const sharing = await isSharing(tx, orgId);
      if (!sharing) return { sharing, total: 0, items: [] };
      return { sharing, ...(await searchSharedItems(tx, query)) };
    },
  });

  route.get(`${base}/own-items`, {
    permission: 'knowledgeNetwork.read',
    summary: 'What the organisation itself shared, withdrawn items included',
    response: z.object({ items: z.array(sharedItemSchema) }),
    handler: async ({ tx, orgId }) => ({ items: await listOwnItems(tx, orgId) }),
  });

  route.get(`${base}/items/:itemId`, {
    permission: 'knowledgeNetwork.read',
    summary: 'One shared item with its versions (another organisation’s only while shared)',
    params: itemParams,
    response: sharedItemDetailSchema,
    handler: async ({ tx, orgId, params: { itemId } }) => {
      const item = await getVisibleItem(tx, orgId, itemId);
      return { ...item, own: item.orgId === orgId, versions: await listVersions(tx, itemId) };
    },
  });

  app.get(
    `${base}/items/:itemId/file`,
    {
      config: { access: { permission: 'knowledgeNetwork.read' } },
      schema: {
        summary: 'Download the latest version of a shared document (always as an attachment)',
        tags,
        params: itemParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, itemId } = request.params;
      const file = await withTenant(db, orgId, async (tx) => {
        await getVisibleItem(tx, orgId, itemId);
        return latestVersion(tx, itemId);
      });
      if (!file?.content || !file.mimeType) throw notFound();
      const name = evidenceFileName(file.fileName ?? 'bestand', file.mimeType);
      return sendDownload(reply, { name, type: file.mimeType, body: Buffer.from(file.content) });
    },
  );

  route.post(`${base}/items`, {
    permission: 'knowledgeNetwork.share',
    summary: 'Share an activity format or a closed policy topic with the network',
    description:
      '422 with the names found when the title, summary or topic may name the organisation’s own people; send `confirmNames: true` after checking.',
    body: sharedPracticeInputSchema,
    response: sharedItemSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body: input, member }) => {
      await assertSharing(tx, orgId);
      const item = await sharePractice(tx, orgId, member.user.id, input);
      await audit({ action: 'knowledgeNetwork.shared', targetType: item.kind, targetId: item.id });
      return item;
    },
  });

  app.post(
    `${base}/documents`,
    {
      config: { access: { permission: 'knowledgeNetwork.share' } },
      schema: {
        summary:
          'Share a document: a vision document, job description or addendum (multipart: field `meta` as JSON, then `file`; checked as evidence is)',
        description:
          'The text of Word, ODT and Excel files is checked for names of the organisation’s own people; a PDF or image is not read, so it needs `confirmNames: true`.',
        tags,
        params: orgParams,
        response: { 201: sharedItemSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const upload = await readEvidenceUpload(request);
      const input = uploadMeta(request, upload, sharedDocumentInputSchema);
      const text = uploadText(upload);
      const item = await withTenant(db, orgId, async (tx) => {
        await assertSharing(tx, orgId);
        await checkNothingPersonal(
          tx,
          orgId,
          [input.title, input.summary, text ?? ''],
          text !== null,
          input.confirmNames,
        );
        const made = await insertSharedItem(
          tx,
          orgId,
          request.member.user.id,
          { kind: input.kind, ...describedPlace(input) },
          fileContent(upload),
        );
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'knowledgeNetwork.shared',
          targetType: made.kind,
          targetId: made.id,
        });
        return made;
      });
      return reply.code(201).send(item);
    },
  );

  app.post(
    `${base}/items/:itemId/versions`,
    {
      config: { access: { permission: 'knowledgeNetwork.share' } },
      schema: {
        summary:
          'Upload a new version of a shared document (multipart: `meta` with the item’s version, then `file`)',
        tags,
        params: itemParams,
        response: { 201: sharedItemSchema, ...uploadErrors },
      },
    },
    async (request, reply) => {
      const { orgId, itemId } = request.params;
      const upload = await readEvidenceUpload(request);
      const input = uploadMeta(request, upload, sharedDocumentVersionInputSchema);
      const text = uploadText(upload);
      const item = await withTenant(db, orgId, async (tx) => {
        const own = await getOwnItem(tx, orgId, itemId);
        if (!isDocumentKind(own.kind)) throw invalidInput('notADocument');
        await checkNothingPersonal(tx, orgId, [text ?? ''], text !== null, input.confirmNames);
        const changed = await addContentVersion(tx, orgId, itemId, input.version, fileContent(upload));
        await recordAudit(tx, {
          orgId,
          actorUserId: request.member.user.id,
          action: 'knowledgeNetwork.newVersion',
          targetType: changed.kind,
          targetId: changed.id,
          details: { contentVersion: changed.contentVersion },
        });
        return changed;
      });
      return reply.code(201).send(item);
    },
  );

  route.post(`${base}/items/:itemId/withdraw`, {
    permission: 'knowledgeNetwork.share',
    summary: 'Withdraw a shared item: hidden from the network at once',
    params: itemParams,
    body: withdrawInputSchema,
    response: sharedItemSchema,
    handler: async ({ audit, tx, orgId, params: { itemId }, body }) => {
      const item = await withdrawItem(tx, orgId, itemId, body.version);
      await audit({ action: 'knowledgeNetwork.withdrawn', targetType: item.kind, targetId: item.id });
      return item;
    },
  });

  route.post(`${base}/items/:itemId/copy-to-activities`, {
    permission: 'activities.manage',
    summary: 'Copy a shared activity format into the organisation’s own activities',
    params: itemParams,
    response: copySchema,
    status: 201,
    handler: async ({ tx, orgId, params: { itemId }, member }) => {
      const item = await getVisibleItem(tx, orgId, itemId);
      if (item.kind !== 'activityFormat') throw invalidInput('notAnActivityFormat');
      return copyToActivities(tx, orgId, member.user.id, item);
    },
  });

  route.post(`${base}/items/:itemId/copy-to-policy-topics`, {
    permission: 'roadmap.edit',
    summary:
      'Copy a shared policy topic onto the organisation’s own policy board, with a note where it came from',
    params: itemParams,
    response: copySchema,
    status: 201,
    handler: async ({ tx, orgId, params: { itemId }, member, request }) => {
      const item = await getVisibleItem(tx, orgId, itemId);
      if (item.kind !== 'policyTopic') throw invalidInput('notAPolicyTopic');
      const version = await latestVersion(tx, itemId);
      const notes = z
        .record(z.string(), z.string())
        .catch({})
        .parse(version?.body?.notes ?? {});
      const fromNote =
        pickLocale(request) === 'en'
          ? `Copied from ${item.ownerName} (knowledge network).`
          : `Overgenomen van ${item.ownerName} (kennisnetwerk).`;
      return copyToPolicyTopics(tx, orgId, member.user.id, item, notes, fromNote);
    },
  });

  route.get(`${base}/copies`, {
    permission: 'knowledgeNetwork.read',
    summary: 'What the organisation copied from the network, and from whom',
    response: z.object({ copies: z.array(copySchema) }),
    handler: async ({ tx, orgId }) => ({ copies: await listCopies(tx, orgId) }),
  });
};

export default knowledgeNetworkRoutes;
