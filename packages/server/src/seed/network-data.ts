import {
  bundledFrameworks,
  defaultThresholds,
  type ItemStatus,
  instrumentV1,
  itemsForPerspective,
  type LikertValue,
} from '@derde-bron/domain';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db } from '../db/client.ts';
import { withTenant } from '../db/tenant.ts';
import { publishClosedWave } from '../modules/measurement/publication.ts';
import { createResponseSeal } from '../modules/measurement/sealed-responses.ts';
import { measurementWaves, responses, waveGroups } from '../modules/measurement/table.ts';
import { roadmapItemHistory, roadmapItems, roadmaps } from '../modules/roadmap/table.ts';

/**
 * Roadmap and measurement data for demo organisations, the network tests and the benchmark: the
 * shape real use leaves behind (items with a status and their history, closed waves with anonymous
 * responses), written in bulk as the owner role.
 */

const frameworkV1 = (() => {
  const first = bundledFrameworks[0];
  if (!first) throw new Error('no bundled framework');
  return first.content;
})();

/** A roadmap on framework version 1 where the first `done` items of every step are done and the next `inProgress` in progress. */
export async function seedRoadmapProgress(
  db: Db,
  orgId: string,
  opts: { done: number; inProgress?: number; changedAt?: Date; changedByName?: string },
) {
  await db.insert(roadmaps).values({ orgId, frameworkVersion: 1 }).onConflictDoNothing();
  const rows = frameworkV1.steps.flatMap((step) =>
    step.items.map((item, i) => {
      const status: ItemStatus =
        i < opts.done ? 'done' : i < opts.done + (opts.inProgress ?? 0) ? 'inProgress' : 'notStarted';
      return { orgId, itemKey: item.key, stepKey: step.key, status };
    }),
  );
  await db.insert(roadmapItems).values(rows).onConflictDoNothing();
  const changed = rows.filter((row) => row.status !== 'notStarted');
  if (changed.length > 0)
    await db.insert(roadmapItemHistory).values(
      changed.map((row) => ({
        orgId,
        itemKey: row.itemKey,
        changedByName: opts.changedByName ?? 'Demo',
        changedAt: opts.changedAt ?? new Date(),
        changes: [{ field: 'status', from: 'notStarted', to: row.status }],
      })),
    );
}

/** Every Likert item of instrument 1 for staff answered so that each scale's score is `value` (reverse-worded items turned round). */
export function uniformStaffAnswers(value: LikertValue): Record<string, LikertValue> {
  const answers: Record<string, LikertValue> = {};
  for (const item of itemsForPerspective(instrumentV1.items, 'staff'))
    if (item.kind === 'likert') answers[item.key] = (item.reverse ? 6 - value : value) as LikertValue;
  return answers;
}

/**
 * A closed, published wave of instrument 1 with anonymous staff responses: `count` responses whose
 * answers cycle through `values` (so a scale mean lands between them), stored sealed and published
 * as the measurement module does when a wave closes. Returns the wave id.
 */
export async function seedClosedWave(
  db: Db,
  secretBox: SecretBox,
  orgId: string,
  opts: {
    title: string;
    kind: 'baseline' | 'followUp';
    opensOn: string;
    closesOn: string;
    count: number;
    values: readonly LikertValue[];
    teamId?: string | null;
  },
): Promise<string> {
  const seal = createResponseSeal(secretBox);
  return withTenant(db, orgId, async (tx) => {
    const [wave] = await tx
      .insert(measurementWaves)
      .values({
        orgId,
        title: opts.title,
        kind: opts.kind,
        instrumentVersion: 1,
        opensOn: opts.opensOn,
        closesOn: opts.closesOn,
        closedAt: new Date(`${opts.closesOn}T18:00:00Z`),
        perspectives: ['staff'],
        ...defaultThresholds,
      })
      .returning({ id: measurementWaves.id });
    if (!wave) throw new Error('wave not made');
    const teamId = opts.teamId ?? null;
    await tx.insert(waveGroups).values({
      orgId,
      waveId: wave.id,
      teamId,
      teamKey: teamId ?? '',
      perspective: 'staff',
      headcount: opts.count,
      received: opts.count,
    });
    const rows = Array.from({ length: opts.count }, (_, i) => ({
      orgId,
      waveId: wave.id,
      sealed: seal.seal({
        teamId,
        perspective: 'staff',
        byInvitation: true,
        answers: uniformStaffAnswers(opts.values[i % opts.values.length] ?? 3),
      }),
    }));
    for (let i = 0; i < rows.length; i += 500) await tx.insert(responses).values(rows.slice(i, i + 500));
    await publishClosedWave(tx, wave.id, orgId, seal);
    return wave.id;
  });
}

/**
 * Roadmaps and closed waves for a set of organisations, so that the network figures, the
 * comparison and the reports show something: the organisations stand at different points, a
 * 0-meting in 2025 and a later wave in 2026 each, with enough (invented, uniform) answers.
 */
export async function seedNetworkShowcase(db: Db, secretBox: SecretBox, orgIds: readonly string[]) {
  const shapes: Array<{ done: number; inProgress: number; before: LikertValue[]; after: LikertValue[] }> = [
    { done: 2, inProgress: 1, before: [2, 3], after: [3, 4] },
    { done: 1, inProgress: 2, before: [2], after: [3] },
    { done: 3, inProgress: 1, before: [3], after: [4] },
    { done: 0, inProgress: 1, before: [2, 2, 3], after: [2, 3] },
    { done: 4, inProgress: 0, before: [3, 4], after: [4, 5] },
    { done: 1, inProgress: 1, before: [3], after: [3, 4] },
  ];
  for (const [i, orgId] of orgIds.entries()) {
    const shape = shapes[i % shapes.length] as (typeof shapes)[number];
    await seedRoadmapProgress(db, orgId, {
      done: shape.done,
      inProgress: shape.inProgress,
      changedAt: new Date('2025-10-01T09:00:00Z'),
    });
    await seedClosedWave(db, secretBox, orgId, {
      title: '0-meting 2025',
      kind: 'baseline',
      opensOn: '2025-03-03',
      closesOn: '2025-03-28',
      count: 12 + i,
      values: shape.before,
    });
    await seedClosedWave(db, secretBox, orgId, {
      title: 'Tweede meting 2026',
      kind: 'followUp',
      opensOn: '2026-03-02',
      closesOn: '2026-03-27',
      count: 14 + i,
      values: shape.after,
    });
  }
}
