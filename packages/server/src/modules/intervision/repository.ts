import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { rowOfOrg } from '../../db/rows.ts';
import { registryPeople } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http-error.ts';
import { intervisionParticipants, intervisionSessions } from './table.ts';

export type IntervisionSession = typeof intervisionSessions.$inferSelect;

const sessionColumns = {
  id: intervisionSessions.id,
  kind: intervisionSessions.kind,
  setting: intervisionSessions.setting,
  heldOn: intervisionSessions.heldOn,
  method: intervisionSessions.method,
  finishedAt: intervisionSessions.finishedAt,
  minutes: intervisionSessions.minutes,
};

export const listSessions = (tx: Tx, orgId: string) =>
  tx
    .select({ ...sessionColumns, participants: count(intervisionParticipants.personId) })
    .from(intervisionSessions)
    .leftJoin(intervisionParticipants, eq(intervisionParticipants.sessionId, intervisionSessions.id))
    .where(eq(intervisionSessions.orgId, orgId))
    .groupBy(intervisionSessions.id)
    .orderBy(desc(intervisionSessions.heldOn), desc(intervisionSessions.createdAt));

export async function getSession(tx: Tx, orgId: string, sessionId: string) {
  return rowOfOrg(tx, intervisionSessions, orgId, sessionId);
}

export const listParticipants = (tx: Tx, orgId: string, sessionId: string) =>
  tx
    .select({ personId: registryPeople.id, name: registryPeople.name, logId: intervisionParticipants.logId })
    .from(intervisionParticipants)
    .innerJoin(registryPeople, eq(registryPeople.id, intervisionParticipants.personId))
    .where(and(eq(intervisionParticipants.orgId, orgId), eq(intervisionParticipants.sessionId, sessionId)))
    .orderBy(asc(registryPeople.name));

/** Every name in the organisation's registry, for refusing them in a record. */
export async function registryNames(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx
    .select({ name: registryPeople.name })
    .from(registryPeople)
    .where(eq(registryPeople.orgId, orgId));
  return rows.map((r) => r.name);
}

/** The people of this organisation among `personIds`; a missing one makes the whole request unknown. */
export async function assertOwnPeople(tx: Tx, orgId: string, personIds: readonly string[]) {
  const rows = await tx
    .select({ id: registryPeople.id })
    .from(registryPeople)
    .where(and(eq(registryPeople.orgId, orgId), inArray(registryPeople.id, [...personIds])));
  if (rows.length !== new Set(personIds).size) throw notFound();
}

export async function insertSession(
  tx: Tx,
  values: Pick<IntervisionSession, 'orgId' | 'kind' | 'setting' | 'heldOn' | 'method'>,
  personIds: readonly string[],
) {
  const [row] = await tx.insert(intervisionSessions).values(values).returning();
  if (!row) throw new Error('session not made');
  await tx
    .insert(intervisionParticipants)
    .values(
      [...new Set(personIds)].map((personId) => ({ sessionId: row.id, orgId: values.orgId, personId })),
    );
  return row;
}

export async function updateSession(
  tx: Tx,
  session: IntervisionSession,
  version: number,
  values: Partial<Pick<IntervisionSession, 'themes' | 'agreements' | 'finishedAt' | 'minutes'>>,
) {
  const [row] = await tx
    .update(intervisionSessions)
    .set({ ...values, version: version + 1 })
    .where(and(eq(intervisionSessions.id, session.id), eq(intervisionSessions.version, version)))
    .returning();
  return row ?? null;
}

export async function setParticipantLog(tx: Tx, sessionId: string, personId: string, logId: string) {
  await tx
    .update(intervisionParticipants)
    .set({ logId })
    .where(
      and(eq(intervisionParticipants.sessionId, sessionId), eq(intervisionParticipants.personId, personId)),
    );
}
