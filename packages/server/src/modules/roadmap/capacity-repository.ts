import { type CapacityInput, capacityCurrentOn, type MaturityEvidence, todayIso } from '@derde-bron/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import { measurementWaves } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { conflict, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { roadmapCapacities, roadmapEvidence } from './table.ts';

const capacityColumns = {
  role: roadmapCapacities.role,
  hoursPerWeek: roadmapCapacities.hoursPerWeek,
  startedOn: roadmapCapacities.startedOn,
  endsOn: roadmapCapacities.endsOn,
  version: roadmapCapacities.version,
  updatedAt: roadmapCapacities.updatedAt,
};

export async function getCapacity(tx: Tx, orgId: string) {
  const [row] = await tx
    .select(capacityColumns)
    .from(roadmapCapacities)
    .where(eq(roadmapCapacities.orgId, orgId));
  return row ?? null;
}

/**
 * Records the appointed capacity, or changes it. The first is recorded without a version; a change
 * names the version it started from, else 409 with what is there now. Audit-logged either way.
 */
export async function saveCapacity(tx: Tx, orgId: string, input: CapacityInput, actorUserId: string) {
  const current = await getCapacity(tx, orgId);
  if ((current?.version ?? undefined) !== input.version) throw conflict('capacityConflict', { current });
  const values = {
    role: input.role,
    hoursPerWeek: input.hoursPerWeek,
    startedOn: input.startedOn,
    endsOn: input.endsOn,
  };
  if (current) {
    const updated = await tx
      .update(roadmapCapacities)
      .set({ ...values, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(roadmapCapacities.orgId, orgId), eq(roadmapCapacities.version, current.version)))
      .returning({ version: roadmapCapacities.version });
    if (updated.length === 0) throw conflict('capacityConflict', { current: await getCapacity(tx, orgId) });
  } else {
    const inserted = await tx
      .insert(roadmapCapacities)
      .values({ orgId, ...values })
      .onConflictDoNothing()
      .returning({ version: roadmapCapacities.version });
    if (inserted.length === 0) throw conflict('capacityConflict', { current: await getCapacity(tx, orgId) });
  }
  await recordAudit(tx, {
    orgId,
    actorUserId,
    action: 'roadmap.capacityRecorded',
    details: {
      role: input.role,
      hoursPerWeek: input.hoursPerWeek,
      startedOn: input.startedOn,
      endsOn: input.endsOn,
    },
  });
  return getCapacity(tx, orgId);
}

/** Removes the recorded capacity (e.g. recorded by mistake), at the version the remover saw. */
export async function deleteCapacity(tx: Tx, orgId: string, version: number, actorUserId: string) {
  const current = await getCapacity(tx, orgId);
  if (!current) throw notFound('capacityNotFound');
  if (current.version !== version) throw conflict('capacityConflict', { current });
  await tx
    .delete(roadmapCapacities)
    .where(and(eq(roadmapCapacities.orgId, orgId), eq(roadmapCapacities.version, version)));
  await recordAudit(tx, { orgId, actorUserId, action: 'roadmap.capacityRemoved' });
}

/**
 * The recorded facts the maturity rules need beyond the items' statuses (steps 1–3): the newest
 * closed 0-meting wave (read through db/schema.ts: its results are not touched, only that it closed),
 * the items with evidence, and whether the appointed capacity holds today.
 */
export async function maturityEvidenceOf(tx: Tx, orgId: string) {
  const [wave] = await tx
    .select({ id: measurementWaves.id })
    .from(measurementWaves)
    .where(
      and(
        eq(measurementWaves.orgId, orgId),
        eq(measurementWaves.kind, 'baseline'),
        isNotNull(measurementWaves.published),
      ),
    )
    .limit(1);
  const evidence = await tx
    .selectDistinct({ itemKey: roadmapEvidence.itemKey })
    .from(roadmapEvidence)
    .where(eq(roadmapEvidence.orgId, orgId));
  const capacity = await getCapacity(tx, orgId);
  const facts: MaturityEvidence = {
    baselineWaveClosed: wave !== undefined,
    itemsWithEvidence: new Set(evidence.map((row) => row.itemKey)),
    capacityAppointed: capacity !== null && capacityCurrentOn(capacity, todayIso()),
  };
  return { facts, baselineWaveId: wave?.id ?? null, capacity };
}
