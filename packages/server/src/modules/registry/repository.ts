import {
  type ActivityChange,
  type ActivityInput,
  computeRegistryFacts,
  computeSignals,
  defaultRegistryNorms,
  defaultRolesRequiringRegistration,
  type FormationGroup,
  type LogChange,
  type LogInput,
  type PersonInput,
  type ReachInput,
  type RegistryNorms,
  type RegistryPersonFacts,
  registryLevelKeys,
  todayIso,
} from '@derde-bron/domain';
import { type AnyColumn, and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { deleteRowOfOrg, foundRow, saveVersionedRow } from '../../db/rows.ts';
import { memberships, teams, users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict, invalidInput, notFound } from '../../http-error.ts';
import { assertOwnTeam } from '../organisations/index.ts';
import { activities, activityReach, registryLogs, registryPeople, registrySettings } from './table.ts';

export type PersonRow = typeof registryPeople.$inferSelect;
const reflectionKinds = ['intervision', 'supervision'] as const;

/** The organisation's registry settings; the defaults (as version 1) until it saves its own. */
export async function getSettings(tx: Tx, orgId: string) {
  const [existing] = await tx
    .select({
      rolesRequiringRegistration: registrySettings.rolesRequiringRegistration,
      rolesRequiringTraining: registrySettings.rolesRequiringTraining,
      norms: registrySettings.norms,
      levelsPresent: registrySettings.levelsPresent,
      version: registrySettings.version,
    })
    .from(registrySettings)
    .where(eq(registrySettings.orgId, orgId));
  if (!existing)
    return {
      rolesRequiringRegistration: [...defaultRolesRequiringRegistration],
      rolesRequiringTraining: [] as string[],
      norms: defaultRegistryNorms,
      levelsPresent: [...registryLevelKeys],
      version: 1,
    };
  return {
    ...existing,
    norms: existing.norms ?? defaultRegistryNorms,
    levelsPresent: existing.levelsPresent ?? [...registryLevelKeys],
  };
}

export type RoleConditions = {
  rolesRequiringRegistration: string[];
  rolesRequiringTraining: string[];
  norms: RegistryNorms;
  levelsPresent: string[];
};

export async function updateSettings(tx: Tx, orgId: string, version: number, conditions: RoleConditions) {
  const current = await getSettings(tx, orgId);
  if (current.version !== version) throw conflict('settingsConflict', { current });
  if (!(await saveVersionedRow(tx, registrySettings, orgId, version, conditions)))
    throw conflict('settingsConflict', { current: await getSettings(tx, orgId) });
  return getSettings(tx, orgId);
}

/** Refuses links to a team or member account of another organisation (RLS hides them: not found). */
async function assertLinks(
  tx: Tx,
  orgId: string,
  input: { teamId: string | null; membershipId: string | null },
) {
  await assertOwnTeam(tx, orgId, input.teamId);
  if (input.membershipId) {
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.id, input.membershipId)));
    if (!member) throw invalidInput('memberNotInOrganisation');
  }
}

async function assertMembershipFree(tx: Tx, orgId: string, membershipId: string | null, personId?: string) {
  if (!membershipId) return;
  const [linked] = await tx
    .select({ id: registryPeople.id })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), eq(registryPeople.membershipId, membershipId)));
  if (linked && linked.id !== personId) throw conflict('memberAlreadyLinked');
}

/** A person with the names of their team and member account, or 404. */
export async function getPerson(tx: Tx, orgId: string, personId: string) {
  const row = foundRow(
    await tx
      .select({ person: registryPeople, teamName: teams.name, memberName: users.name })
      .from(registryPeople)
      .leftJoin(teams, eq(teams.id, registryPeople.teamId))
      .leftJoin(memberships, eq(memberships.id, registryPeople.membershipId))
      .leftJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(registryPeople.orgId, orgId), eq(registryPeople.id, personId))),
  );
  return { ...row.person, teamName: row.teamName, memberName: row.memberName };
}

/** Turns the person's own signal mails on or off (the route checks that it is the person herself). */
export async function setSignalMails(tx: Tx, orgId: string, personId: string, enabled: boolean) {
  const row = foundRow(
    await tx
      .update(registryPeople)
      .set({ signalMails: enabled })
      .where(and(eq(registryPeople.orgId, orgId), eq(registryPeople.id, personId)))
      .returning({ signalMails: registryPeople.signalMails }),
  );
  return row.signalMails;
}

export async function findPersonOfMembership(tx: Tx, orgId: string, membershipId: string) {
  const [row] = await tx
    .select({ id: registryPeople.id })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), eq(registryPeople.membershipId, membershipId)));
  return row?.id ?? null;
}

export async function insertPeople(
  tx: Tx,
  orgId: string,
  people: Array<Omit<typeof registryPeople.$inferInsert, 'orgId'>>,
) {
  const made: PersonRow[] = [];
  for (let start = 0; start < people.length; start += 500) {
    const chunk = people.slice(start, start + 500);
    if (chunk.length === 0) break;
    made.push(
      ...(await tx
        .insert(registryPeople)
        .values(chunk.map((person) => ({ ...person, orgId })))
        .returning()),
    );
  }
  return made;
}

export async function createPerson(tx: Tx, orgId: string, input: PersonInput) {
  await assertLinks(tx, orgId, input);
  await assertMembershipFree(tx, orgId, input.membershipId);
  const [made] = await insertPeople(tx, orgId, [input]);
  if (!made) throw new Error('person not made');
  return getPerson(tx, orgId, made.id);
}

/** Saves a whole person record if nobody saved since `version`; otherwise 409 with the current one. */
export async function updatePerson(
  tx: Tx,
  orgId: string,
  personId: string,
  input: PersonInput & { version: number },
) {
  const current = await getPerson(tx, orgId, personId);
  if (current.version !== input.version) throw conflict('personConflict', { current });
  await assertLinks(tx, orgId, input);
  await assertMembershipFree(tx, orgId, input.membershipId, personId);
  const { version, ...fields } = input;
  const updated = await tx
    .update(registryPeople)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(registryPeople.orgId, orgId),
        eq(registryPeople.id, personId),
        eq(registryPeople.version, version),
      ),
    )
    .returning({ id: registryPeople.id });
  if (updated.length === 0)
    throw conflict('personConflict', { current: await getPerson(tx, orgId, personId) });
  return getPerson(tx, orgId, personId);
}

export async function deletePerson(tx: Tx, orgId: string, personId: string) {
  await deleteRowOfOrg(tx, registryPeople, orgId, personId);
  // The person no longer leads anything.
  await tx
    .update(activities)
    .set({ leaderPersonIds: sql`array_remove(${activities.leaderPersonIds}, ${personId}::uuid)` })
    .where(and(eq(activities.orgId, orgId), sql`${personId}::uuid = any(${activities.leaderPersonIds})`));
}

/**
 * Removes the people who stopped more than `days` ago, with their logs (the foreign key cascades),
 * and takes them off the activities they led. Across organisations, in the retention job.
 */
export async function removePeopleEndedBefore(tx: Tx, days: number): Promise<number> {
  const gone = await tx
    .delete(registryPeople)
    .where(lt(registryPeople.endedOn, sql`current_date - ${days}::int`))
    .returning({ id: registryPeople.id });
  if (gone.length === 0) return 0;
  // uuids hold only hex digits and dashes: safe in an array literal.
  const ids = sql`${`{${gone.map((person) => person.id).join(',')}}`}::uuid[]`;
  await tx
    .update(activities)
    .set({
      leaderPersonIds: sql`array(select id from unnest(${activities.leaderPersonIds}) id where id <> all(${ids}))`,
    })
    .where(sql`${activities.leaderPersonIds} && ${ids}`);
  return gone.length;
}

/** Every current person with team name, for lists, signals and facts (one query, no logs read). */
export function listPeople(tx: Tx, orgId: string, opts: { includeEnded?: boolean } = {}) {
  return tx
    .select({ person: registryPeople, teamName: teams.name })
    .from(registryPeople)
    .leftJoin(teams, eq(teams.id, registryPeople.teamId))
    .where(
      and(eq(registryPeople.orgId, orgId), opts.includeEnded ? undefined : isNull(registryPeople.endedOn)),
    )
    .orderBy(asc(registryPeople.name))
    .then((rows) => rows.map((row) => ({ ...row.person, teamName: row.teamName })));
}

/**
 * Reflection hours logged in the period (of `months`) that ends when `expires` falls, in SQL. The
 * person's id is written qualified: drizzle leaves columns unqualified, and `id` alone would be the log's.
 */
// Without an expiry there is no period: the logs are not read at all (most people hold no SKJ registration).
const periodHoursSql = (expires: AnyColumn, months: number) =>
  sql<number>`case when ${expires} is null then 0 else coalesce((select sum(${registryLogs.hours}) from ${registryLogs} where ${registryLogs.personId} = "registry_people"."id" and ${registryLogs.kind} in ('intervision', 'supervision') and ${registryLogs.heldOn} > (${expires} - make_interval(months => ${months}::int))::date and ${registryLogs.heldOn} <= ${expires}), 0) end`;

/**
 * The facts the signals need, for every current person: the people table, with the reflection
 * hours of each registration's current period summed in SQL (no logs read into memory).
 */
export async function listSignalFacts(tx: Tx, orgId: string) {
  const { norms } = await getSettings(tx, orgId);
  const rows = await tx
    .select({
      id: registryPeople.id,
      name: registryPeople.name,
      kind: registryPeople.kind,
      roles: registryPeople.roles,
      trainingRecognised: registryPeople.trainingRecognised,
      trainingException: registryPeople.trainingException,
      registrationNumber: registryPeople.registrationNumber,
      registrationExpiresOn: registryPeople.registrationExpiresOn,
      lastReflectionOn: registryPeople.lastReflectionOn,
      fundingSource: registryPeople.fundingSource,
      fundingEndsOn: registryPeople.fundingEndsOn,
      startedOn: registryPeople.startedOn,
      skjNumber: registryPeople.skjNumber,
      skjExpiresOn: registryPeople.skjExpiresOn,
      hoursRegisterplein: periodHoursSql(
        registryPeople.registrationExpiresOn,
        norms.registerplein.periodMonths,
      ),
      hoursSkj: periodHoursSql(registryPeople.skjExpiresOn, norms.skj.periodMonths),
    })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), isNull(registryPeople.endedOn)))
    .orderBy(asc(registryPeople.name));
  return rows.map(({ hoursRegisterplein, hoursSkj, ...row }) => ({
    ...row,
    periodHours: { registerplein: Number(hoursRegisterplein), skj: Number(hoursSkj) },
  }));
}

/** What the roadmap facts and the network figures read of a person (no name, no team). */
export const factColumns = {
  kind: registryPeople.kind,
  levels: registryPeople.levels,
  phases: registryPeople.phases,
  roles: registryPeople.roles,
  coreTasks: registryPeople.coreTasks,
  registrationNumber: registryPeople.registrationNumber,
  registrationExpiresOn: registryPeople.registrationExpiresOn,
  lastReflectionOn: registryPeople.lastReflectionOn,
  fundingSource: registryPeople.fundingSource,
  fundingEndsOn: registryPeople.fundingEndsOn,
  trainingRecognised: registryPeople.trainingRecognised,
  trainingException: registryPeople.trainingException,
  startedOn: registryPeople.startedOn,
};

/** The facts the roadmap needs, for every current person. */
function listFactRows(tx: Tx, orgId: string) {
  return tx
    .select({ id: registryPeople.id, name: registryPeople.name, ...factColumns })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), isNull(registryPeople.endedOn)))
    .orderBy(asc(registryPeople.name));
}

export async function signalsFor(tx: Tx, orgId: string, person: Parameters<typeof computeSignals>[0]) {
  const settings = await getSettings(tx, orgId);
  return computeSignals(person, todayIso(), settings.rolesRequiringRegistration, settings);
}

/**
 * Current people grouped by levels, phases and roles, with their hours per week together, counted
 * in SQL: the formation plan's actuals. A person without hours counts as a person with no FTE.
 */
export async function peopleGroups(tx: Tx, orgId: string): Promise<FormationGroup[]> {
  const rows = await tx
    .select({
      levels: registryPeople.levels,
      phases: registryPeople.phases,
      roles: registryPeople.roles,
      count: count(),
      hours: sql<string | number>`coalesce(sum(${registryPeople.hoursPerWeek}), 0)`,
    })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), isNull(registryPeople.endedOn)))
    .groupBy(registryPeople.levels, registryPeople.phases, registryPeople.roles);
  return rows.map((row) => ({ ...row, count: Number(row.count), hours: Number(row.hours) }));
}

/** People grouped by levels, phases and roles: the coverage's input. */
export async function coverageGroups(tx: Tx, orgId: string) {
  return (await peopleGroups(tx, orgId)).map(({ hours: _, ...group }) => group);
}

/** Registry facts for the roadmap. */
export async function registryPersonFacts(tx: Tx, orgId: string): Promise<RegistryPersonFacts[]> {
  return (await listFactRows(tx, orgId)).map((row) => ({
    ...row,
    coreTasks: row.coreTasks as RegistryPersonFacts['coreTasks'],
  }));
}

/** The registry facts the roadmap uses (step-3 advice, maturity of steps 4–6). */
export async function registryFactsOf(tx: Tx, orgId: string) {
  const settings = await getSettings(tx, orgId);
  return computeRegistryFacts(
    await registryPersonFacts(tx, orgId),
    todayIso(),
    settings.rolesRequiringRegistration,
    settings,
  );
}

// Logs

export function listLogs(tx: Tx, orgId: string, personId: string) {
  return tx
    .select()
    .from(registryLogs)
    .where(and(eq(registryLogs.orgId, orgId), eq(registryLogs.personId, personId)))
    .orderBy(desc(registryLogs.heldOn), desc(registryLogs.createdAt));
}

/** Keeps the person's newest intervisie/supervisie date in step with the logs. */
async function refreshLastReflection(tx: Tx, orgId: string, personId: string) {
  await tx
    .update(registryPeople)
    .set({
      lastReflectionOn: sql`(select max(${registryLogs.heldOn}) from ${registryLogs} where ${registryLogs.personId} = ${personId} and ${registryLogs.kind} in ('intervision', 'supervision'))`,
    })
    .where(and(eq(registryPeople.orgId, orgId), eq(registryPeople.id, personId)));
}

export async function createLog(tx: Tx, orgId: string, personId: string, input: LogInput) {
  await getPerson(tx, orgId, personId);
  const [log] = await tx
    .insert(registryLogs)
    .values({ ...input, orgId, personId })
    .returning();
  if (!log) throw new Error('log not made');
  if ((reflectionKinds as readonly string[]).includes(log.kind))
    await refreshLastReflection(tx, orgId, personId);
  return log;
}

async function getLog(tx: Tx, orgId: string, personId: string, logId: string) {
  return foundRow(
    await tx
      .select()
      .from(registryLogs)
      .where(
        and(eq(registryLogs.orgId, orgId), eq(registryLogs.personId, personId), eq(registryLogs.id, logId)),
      ),
  );
}

export async function updateLog(tx: Tx, orgId: string, personId: string, logId: string, input: LogChange) {
  const current = await getLog(tx, orgId, personId, logId);
  if (current.version !== input.version) throw conflict('logConflict', { current });
  const { version, ...fields } = input;
  const [updated] = await tx
    .update(registryLogs)
    .set({ ...fields, version: version + 1 })
    .where(and(eq(registryLogs.orgId, orgId), eq(registryLogs.id, logId), eq(registryLogs.version, version)))
    .returning();
  if (!updated) throw conflict('logConflict', { current: await getLog(tx, orgId, personId, logId) });
  await refreshLastReflection(tx, orgId, personId);
  return updated;
}

export async function deleteLog(tx: Tx, orgId: string, personId: string, logId: string) {
  await getLog(tx, orgId, personId, logId);
  await tx.delete(registryLogs).where(and(eq(registryLogs.orgId, orgId), eq(registryLogs.id, logId)));
  await refreshLastReflection(tx, orgId, personId);
}

// Activities

async function assertLeaders(tx: Tx, orgId: string, ids: string[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: registryPeople.id })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), inArray(registryPeople.id, ids)));
  if (found.length !== ids.length) throw invalidInput('personNotInOrganisation');
}

export async function listActivities(tx: Tx, orgId: string) {
  const rows = await tx
    .select()
    .from(activities)
    .where(eq(activities.orgId, orgId))
    .orderBy(asc(activities.createdAt));
  const reach = await tx
    .select({
      activityId: activityReach.activityId,
      quarter: activityReach.quarter,
      participants: activityReach.participants,
      adults: activityReach.adults,
      children: activityReach.children,
      partners: activityReach.partners,
      network: activityReach.network,
      sessions: activityReach.sessions,
    })
    .from(activityReach)
    .where(eq(activityReach.orgId, orgId))
    .orderBy(asc(activityReach.quarter));
  const names = new Map(
    (
      await tx
        .select({ id: registryPeople.id, name: registryPeople.name })
        .from(registryPeople)
        .where(eq(registryPeople.orgId, orgId))
    ).map((person) => [person.id, person.name]),
  );
  return rows.map((activity) => ({
    ...activity,
    leaders: activity.leaderPersonIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    reach: reach.filter((r) => r.activityId === activity.id).map(({ activityId: _, ...r }) => r),
  }));
}

export async function getActivity(tx: Tx, orgId: string, activityId: string) {
  const found = (await listActivities(tx, orgId)).find((activity) => activity.id === activityId);
  if (!found) throw notFound();
  return found;
}

export async function createActivity(tx: Tx, orgId: string, input: ActivityInput) {
  await assertLeaders(tx, orgId, input.leaderPersonIds);
  const [made] = await tx
    .insert(activities)
    .values({ ...input, orgId })
    .returning({ id: activities.id });
  if (!made) throw new Error('activity not made');
  return getActivity(tx, orgId, made.id);
}

export async function updateActivity(tx: Tx, orgId: string, activityId: string, input: ActivityChange) {
  const current = await getActivity(tx, orgId, activityId);
  if (current.version !== input.version) throw conflict('activityConflict', { current });
  await assertLeaders(tx, orgId, input.leaderPersonIds);
  const { version, ...fields } = input;
  const updated = await tx
    .update(activities)
    .set({ ...fields, version: version + 1 })
    .where(and(eq(activities.orgId, orgId), eq(activities.id, activityId), eq(activities.version, version)))
    .returning({ id: activities.id });
  if (updated.length === 0)
    throw conflict('activityConflict', { current: await getActivity(tx, orgId, activityId) });
  return getActivity(tx, orgId, activityId);
}

export const deleteActivity = (tx: Tx, orgId: string, activityId: string) =>
  deleteRowOfOrg(tx, activities, orgId, activityId);

/** Records (or corrects) the counts of one quarter. */
export async function saveReach(tx: Tx, orgId: string, activityId: string, input: ReachInput) {
  await getActivity(tx, orgId, activityId);
  await tx
    .insert(activityReach)
    .values({ ...input, orgId, activityId })
    .onConflictDoUpdate({
      target: [activityReach.activityId, activityReach.quarter],
      set: {
        participants: input.participants,
        adults: input.adults,
        children: input.children,
        partners: input.partners,
        network: input.network,
        sessions: input.sessions,
        updatedAt: new Date(),
      },
    });
  return getActivity(tx, orgId, activityId);
}
