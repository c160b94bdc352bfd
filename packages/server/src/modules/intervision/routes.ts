import {
  intervisionFinishSchema,
  intervisionRecordSchema,
  intervisionSessionInputSchema,
  minutesToQuarterHours,
  namesIn,
} from '@derde-bron/domain';
import { z } from 'zod';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { conflict, HttpError } from '../../http-error.ts';
import { pickLocale } from '../../i18n/locale.ts';
import { translate } from '../../i18n/messages.ts';
import { errorResponseSchema } from '../../plugins/errors.ts';
import { createLog } from '../registry/index.ts';
import {
  assertOwnPeople,
  getSession,
  type IntervisionSession,
  insertSession,
  listParticipants,
  listSessions,
  registryNames,
  setParticipantLog,
  updateSession,
} from './repository.ts';
import { sessionDetailSchema, sessionParams, sessionSummarySchema } from './schemas.ts';

const finished = () => new HttpError(409, 'CONFLICT', 'intervisionFinished');
const conflictSchema = errorResponseSchema.extend({ current: sessionDetailSchema.optional() });

/** Scheduling and leading structured intervisie; finishing fills in each participant's registry log. */
export default orgRoutesPlugin({ tags: ['intervision'] }, (route) => {
  const detail = async (tx: Parameters<typeof getSession>[0], orgId: string, session: IntervisionSession) => {
    const { orgId: _orgId, createdAt: _createdAt, ...rest } = session;
    return { ...rest, participants: await listParticipants(tx, orgId, session.id) };
  };

  route.get('/api/organisations/:orgId/intervision', {
    permission: 'intervision.manage',
    summary: 'The intervisie and supervisie sessions, newest first',
    response: z.object({ sessions: z.array(sessionSummarySchema) }),
    handler: async ({ tx, orgId }) => ({ sessions: await listSessions(tx, orgId) }),
  });

  route.post('/api/organisations/:orgId/intervision', {
    permission: 'intervision.manage',
    summary: 'Schedule a session for a group of registry people, with its method',
    body: intervisionSessionInputSchema,
    response: sessionDetailSchema,
    status: 201,
    handler: async ({ audit, tx, orgId, body: { personIds, ...values } }) => {
      await assertOwnPeople(tx, orgId, personIds);
      const session = await insertSession(tx, { orgId, ...values }, personIds);
      await audit({
        action: 'intervision.scheduled',
        targetType: 'intervisionSession',
        targetId: session.id,
        details: { method: session.method, participants: new Set(personIds).size },
      });
      return detail(tx, orgId, session);
    },
  });

  route.get('/api/organisations/:orgId/intervision/:sessionId', {
    permission: 'intervision.manage',
    summary: 'One session with its participants and what the group kept',
    params: sessionParams,
    response: sessionDetailSchema,
    handler: async ({ tx, orgId, params: { sessionId } }) =>
      detail(tx, orgId, await getSession(tx, orgId, sessionId)),
  });

  route.put('/api/organisations/:orgId/intervision/:sessionId/record', {
    permission: 'intervision.manage',
    summary: 'Keep the themes and agreements the group chose (no client details, no names)',
    description:
      'Text naming a person in the organisation’s registry is refused (400). Send the `version` you last saw; a stale one gets 409 with the current session.',
    params: sessionParams,
    body: intervisionRecordSchema,
    response: sessionDetailSchema,
    errors: { 409: conflictSchema },
    handler: async ({ tx, orgId, params: { sessionId }, body, request }) => {
      const session = await getSession(tx, orgId, sessionId);
      if (session.finishedAt) throw finished();
      const names = await registryNames(tx, orgId);
      const locale = pickLocale(request);
      const details = (['themes', 'agreements'] as const)
        .filter((field) => namesIn(body[field], names).length > 0)
        .map((field) => ({ field: `body.${field}`, message: translate(locale, 'intervisionNamesInRecord') }));
      if (details.length > 0)
        throw new HttpError(400, 'INVALID_INPUT', 'intervisionNamesInRecord', { details });
      const { themes, agreements, version } = body;
      const saved = await updateSession(tx, session, version, { themes, agreements });
      if (!saved) throw conflict('conflict', { current: await detail(tx, orgId, session) });
      return detail(tx, orgId, saved);
    },
  });

  route.post('/api/organisations/:orgId/intervision/:sessionId/finish', {
    permission: 'intervision.manage',
    summary: 'Finish the session: each participant’s registry log gets its date and duration',
    params: sessionParams,
    body: intervisionFinishSchema,
    response: sessionDetailSchema,
    errors: { 409: conflictSchema },
    handler: async ({ audit, tx, orgId, params: { sessionId }, body: { minutes, version } }) => {
      const session = await getSession(tx, orgId, sessionId);
      if (session.finishedAt) throw finished();
      const saved = await updateSession(tx, session, version, { finishedAt: new Date(), minutes });
      if (!saved) throw conflict('conflict', { current: await detail(tx, orgId, session) });
      for (const participant of await listParticipants(tx, orgId, sessionId)) {
        const log = await createLog(tx, orgId, participant.personId, {
          kind: session.kind,
          heldOn: session.heldOn,
          setting: session.setting,
          title: null,
          hours: minutesToQuarterHours(minutes),
        });
        await setParticipantLog(tx, sessionId, participant.personId, log.id);
      }
      await audit({
        action: 'intervision.finished',
        targetType: 'intervisionSession',
        targetId: sessionId,
        details: { minutes },
      });
      return detail(tx, orgId, saved);
    },
  });
});
