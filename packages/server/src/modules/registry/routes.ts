import {
  can,
  computeCoverage,
  computeSignals,
  countSignals,
  logChangeSchema,
  logInputSchema,
  personChangeSchema,
  personInputSchema,
  registrationPeriods,
  registrySettingsChangeSchema,
  todayIso,
} from '@derde-bron/domain';
import { z } from 'zod';
import type { Tx } from '../../db/tenant.ts';
import { orgRoutesPlugin } from '../../http/org-routes.ts';
import { forbidden, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import type { OrgMember } from '../auth/index.ts';
import {
  coverageGroups,
  createLog,
  createPerson,
  deleteLog,
  deletePerson,
  findPersonOfMembership,
  getPerson,
  getSettings,
  listLogs,
  listPeople,
  listSignalFacts,
  setSignalMails,
  updateLog,
  updatePerson,
  updateSettings,
} from './repository.ts';
import {
  conflictWith,
  coverageSchema,
  logParams,
  logSchema,
  normsSchema,
  periodHoursSchema,
  personParams,
  personSchema,
  personWithSignalsSchema,
  settingsSchema,
  signalMailsChangeSchema,
  signalMailsSchema,
  signalSchema,
  signalsListSchema,
} from './schemas.ts';

/**
 * A person record as the caller may reach it: coordinators and admins every one, an expert only
 * the one linked to their own member account (any other is "not found", as for another organisation).
 */
async function reachablePerson(tx: Tx, access: OrgMember, orgId: string, personId: string) {
  const found = await getPerson(tx, orgId, personId);
  if (!can(access.membership.role, 'registry.manage') && found.membershipId !== access.membership.id)
    throw notFound();
  return found;
}

export default orgRoutesPlugin({ tags: ['registry'] }, (route) => {
  route.get('/api/organisations/:orgId/registry/people', {
    permission: 'registry.manage',
    summary: 'Everyone in the registry (current people first), each with their signals',
    querystring: z.object({ ended: z.enum(['include', 'exclude']).default('exclude') }),
    response: z.object({ people: z.array(personWithSignalsSchema) }),
    handler: async ({ tx, orgId, query }) => {
      const settings = await getSettings(tx, orgId);
      const today = todayIso();
      const people = await listPeople(tx, orgId, { includeEnded: query.ended === 'include' });
      return {
        people: people.map((p) => ({
          ...p,
          signals: p.endedOn ? [] : computeSignals(p, today, settings.rolesRequiringRegistration, settings),
        })),
      };
    },
  });

  route.post('/api/organisations/:orgId/registry/people', {
    permission: 'registry.manage',
    summary: 'Add a person to the registry (never their lived experience)',
    body: personInputSchema,
    response: personSchema,
    status: 201,
    handler: async ({ tx, orgId, body }) => createPerson(tx, orgId, body),
  });

  route.get('/api/organisations/:orgId/registry/me', {
    permission: 'registry.person',
    summary: 'The registry record linked to the signed-in member, if any',
    response: z.object({ personId: z.uuid().nullable() }),
    handler: async ({ tx, orgId, member: access }) => ({
      personId: await findPersonOfMembership(tx, orgId, access.membership.id),
    }),
  });

  route.get('/api/organisations/:orgId/registry/people/:personId', {
    permission: 'registry.person',
    summary: 'One person with their logs and signals (an expert: only their own record)',
    params: personParams,
    response: z.object({
      person: personSchema,
      logs: z.array(logSchema),
      signals: z.array(signalSchema),
      periods: z.array(periodHoursSchema),
      norms: normsSchema,
    }),
    handler: async ({ tx, orgId, params: { personId }, member: access }) => {
      const found = await reachablePerson(tx, access, orgId, personId);
      const settings = await getSettings(tx, orgId);
      const logs = await listLogs(tx, orgId, personId);
      const periods = registrationPeriods(found, logs, settings.norms);
      const periodHours = Object.fromEntries(periods.map((p) => [p.register, p.hours]));
      return {
        person: found,
        logs,
        signals: found.endedOn
          ? []
          : computeSignals(
              { ...found, periodHours },
              todayIso(),
              settings.rolesRequiringRegistration,
              settings,
            ),
        periods,
        norms: settings.norms,
      };
    },
  });

  route.patch('/api/organisations/:orgId/registry/people/:personId', {
    permission: 'registry.person',
    summary: 'Save a whole person record',
    description:
      'Send the `version` you last saw; if someone saved in between, the answer is 409 with the current record. An expert cannot change the link to a member account.',
    params: personParams,
    body: personChangeSchema,
    response: personSchema,
    errors: { 409: conflictWith(personSchema) },
    handler: async ({ tx, orgId, params: { personId }, body, member: access }) => {
      const current = await reachablePerson(tx, access, orgId, personId);
      const manages = can(access.membership.role, 'registry.manage');
      return updatePerson(tx, orgId, personId, {
        ...body,
        membershipId: manages ? body.membershipId : current.membershipId,
      });
    },
  });

  route.put('/api/organisations/:orgId/registry/people/:personId/signal-mails', {
    permission: 'registry.person',
    summary: "Turn e-mails about one's own signals on or off (only the person herself)",
    description:
      'Only the member linked to this record may change it; anyone else of the organisation gets 403. When on, a job mails her new signals about her registration, funding and intervisie.',
    params: personParams,
    body: signalMailsChangeSchema,
    response: signalMailsSchema,
    handler: async ({ tx, orgId, params: { personId }, body, member: access }) => {
      const found = await reachablePerson(tx, access, orgId, personId);
      if (found.membershipId !== access.membership.id) throw forbidden('signalMailsOwnOnly');
      const enabled = await setSignalMails(tx, orgId, personId, body.enabled);
      await recordAudit(tx, {
        orgId,
        actorUserId: access.user.id,
        action: 'registry.signalMailsChanged',
        targetType: 'registryPerson',
        targetId: personId,
        details: { enabled },
      });
      return { enabled };
    },
  });

  route.delete('/api/organisations/:orgId/registry/people/:personId', {
    permission: 'registry.manage',
    summary: 'Remove a person and their logs from the registry (logged in the audit log)',
    params: personParams,
    handler: async ({ audit, tx, orgId, params: { personId } }) => {
      await deletePerson(tx, orgId, personId);
      await audit({ action: 'registry.personDeleted', targetType: 'registryPerson', targetId: personId });
    },
  });

  route.post('/api/organisations/:orgId/registry/people/:personId/logs', {
    permission: 'registry.person',
    summary: 'Log an intervisie or supervisie session or a training (an expert: for themselves)',
    params: personParams,
    body: logInputSchema,
    response: logSchema,
    status: 201,
    handler: async ({ tx, orgId, params: { personId }, body, member: access }) => {
      await reachablePerson(tx, access, orgId, personId);
      return createLog(tx, orgId, personId, body);
    },
  });

  route.patch('/api/organisations/:orgId/registry/people/:personId/logs/:logId', {
    permission: 'registry.person',
    summary: 'Correct a log entry (with the version you last saw)',
    params: logParams,
    body: logChangeSchema,
    response: logSchema,
    errors: { 409: conflictWith(logSchema) },
    handler: async ({ tx, orgId, params: { personId, logId }, body, member: access }) => {
      await reachablePerson(tx, access, orgId, personId);
      return updateLog(tx, orgId, personId, logId, body);
    },
  });

  route.delete('/api/organisations/:orgId/registry/people/:personId/logs/:logId', {
    permission: 'registry.person',
    summary: 'Remove a log entry',
    params: logParams,
    handler: async ({ tx, orgId, params: { personId, logId }, member: access }) => {
      await reachablePerson(tx, access, orgId, personId);
      await deleteLog(tx, orgId, personId, logId);
    },
  });

  route.get('/api/organisations/:orgId/registry/coverage', {
    permission: 'registry.overview',
    summary:
      'Where experiential expertise is represented: levels × phases and roles × phases, against the 2030 aim',
    response: coverageSchema,
    handler: async ({ tx, orgId }) =>
      computeCoverage(await coverageGroups(tx, orgId), (await getSettings(tx, orgId)).levelsPresent),
  });

  route.get('/api/organisations/:orgId/registry/signals', {
    permission: 'registry.manage',
    summary: 'Everyone with something that needs attention: registration, intervisie/supervisie, funding',
    response: signalsListSchema,
    handler: async ({ tx, orgId }) => {
      const settings = await getSettings(tx, orgId);
      const today = todayIso();
      const all = (await listSignalFacts(tx, orgId)).map((p) => ({
        id: p.id,
        name: p.name,
        signals: computeSignals(p, today, settings.rolesRequiringRegistration, settings),
      }));
      const flagged = all.filter((p) => p.signals.length > 0);
      return {
        counts: countSignals(flagged.map((p) => p.signals)),
        people: flagged,
        rolesRequiringRegistration: settings.rolesRequiringRegistration,
        rolesRequiringTraining: settings.rolesRequiringTraining,
      };
    },
  });

  route.get('/api/organisations/:orgId/registry/settings', {
    permission: 'registry.manage',
    summary: 'The conditions per expert role: which require a registration, which a recognised training',
    response: settingsSchema,
    handler: async ({ tx, orgId }) => getSettings(tx, orgId),
  });

  route.patch('/api/organisations/:orgId/registry/settings', {
    permission: 'registry.manage',
    summary: 'Choose the conditions per expert role (with the version you last saw)',
    body: registrySettingsChangeSchema,
    response: settingsSchema,
    errors: { 409: conflictWith(settingsSchema) },
    handler: async ({ tx, orgId, body: { version, ...conditions } }) =>
      updateSettings(tx, orgId, version, conditions),
  });
});
