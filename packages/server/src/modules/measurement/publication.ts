import { createHmac, randomBytes, randomInt } from 'node:crypto';
import {
  auditItemResults,
  auditPublishedWave,
  cellKeyOf,
  type Perspective,
  type PublishedWave,
  publishItemResults,
  publishWave,
  type ResponseAnswers,
  tallyByCell,
  tallyItemsByCell,
} from '@derde-bron/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { teams } from '../../db/schema.ts';
import { type Tx, withTenant } from '../../db/tenant.ts';
import type { ResponseSeal, SealedResponse } from './sealed-responses.ts';
import { measurementWaves, responses, submissionKeys, waveGroups, waveLinks } from './table.ts';
import { instrumentOf, isClosed, type WaveRow } from './waves.ts';

/** A uniform number in (0, 1) per key, from a secret drawn for this publication and then forgotten. */
function noiseSource(): (key: string) => number {
  const secret = randomBytes(32);
  return (key) => {
    const digest = createHmac('sha256', secret).update(key).digest();
    // 48 bits are plenty; +0.5 keeps it strictly between 0 and 1.
    return (digest.readUIntBE(0, 6) + 0.5) / 2 ** 48;
  };
}

/** Fisher–Yates with a cryptographic source: the stored order says nothing about who came when. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** A wave's responses, opened: sealed rows, and rows from before sealing with their plain columns. */
async function readResponses(tx: Tx, wave: WaveRow, seal: ResponseSeal): Promise<SealedResponse[]> {
  const rows = await tx
    .select()
    .from(responses)
    .where(and(eq(responses.orgId, wave.orgId), eq(responses.waveId, wave.id)));
  return rows.map((row) =>
    row.sealed
      ? seal.open(row.sealed)
      : {
          teamId: row.teamId,
          perspective: (row.perspective ?? 'staff') as Perspective,
          byInvitation: false,
          answers: (row.answers ?? {}) as ResponseAnswers,
        },
  );
}

/**
 * Publishes a closed wave, once, in one transaction (inside the wave's tenant transaction):
 * 1. its groups stop taking answers (a submission waiting on a group's row sees this and is refused);
 * 2. its responses are opened and its results worked out over every view at once (the domain's
 *    `publishWave`, and per item `publishItemResults`), checked by `auditPublishedWave` and
 *    `auditItemResults`, and stored with the wave;
 * 3. its responses are written anew in random order, sealed afresh, so that they share this one
 *    transaction and no storage order or row version ties any of them to a link or a moment;
 * 4. what only served an open wave goes: the invitations' sealed addresses, which were used, and the
 *    submission keys.
 * Team names are kept in the results as they were now: later changes to teams change nothing.
 */
export async function publishClosedWave(
  tx: Tx,
  waveId: string,
  orgId: string,
  seal: ResponseSeal,
): Promise<PublishedWave> {
  const [wave] = await tx
    .select()
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.id, waveId)))
    .for('update');
  if (!wave) throw new Error('wave not found');
  if (wave.published) return wave.published;
  if (!isClosed(wave)) throw new Error('only a closed wave is published');

  await tx
    .update(waveGroups)
    .set({ open: false })
    .where(and(eq(waveGroups.orgId, orgId), eq(waveGroups.waveId, waveId)));
  const groups = await tx
    .select()
    .from(waveGroups)
    .where(and(eq(waveGroups.orgId, orgId), eq(waveGroups.waveId, waveId)));
  const opened = await readResponses(tx, wave, seal);
  const instrument = instrumentOf(wave);
  const declared = new Map(groups.map((group) => [`${group.teamKey}|${group.perspective}`, group.headcount]));
  const sharedLinkCells = new Set(opened.filter((r) => !r.byInvitation).map(cellKeyOf));
  const cells = tallyByCell(opened, instrument).map((cell) => ({
    ...cell,
    declared: declared.get(cellKeyOf(cell)) ?? cell.tally.responses,
    viaSharedLink: sharedLinkCells.has(cellKeyOf(cell)),
  }));
  const teamRows = await tx
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.orgId, orgId));
  // Teams by their name now; a team removed while the wave was open, by its name when declared.
  const teamLabels = new Map([
    ...groups.flatMap((group) => (group.teamName ? [[group.teamKey, group.teamName] as const] : [])),
    ...teamRows.map((team) => [team.id, team.name] as const),
  ]);
  const uniform = noiseSource();
  const cellTallies = tallyItemsByCell(opened, instrument.items);
  const published = publishItemResults({
    published: publishWave({
      scales: instrument.scales,
      items: instrument.items,
      cells,
      teamLabels,
      thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
      invitationResponses: opened.filter((r) => r.byInvitation).length,
      uniform,
    }),
    items: instrument.items,
    cellTallies,
    uniform,
  });
  const leaks = [
    ...auditPublishedWave(
      published,
      cells,
      instrument.scales.map((scale) => scale.key),
    ),
    ...auditItemResults(published, cellTallies, [
      ...new Set([...cellTallies.values()].flatMap((c) => [...c.keys()])),
    ]),
  ];
  if (leaks.length > 0)
    throw new Error(`publication would disclose a small group (${leaks.map((l) => l.family).join(', ')})`);

  await tx.delete(responses).where(and(eq(responses.orgId, orgId), eq(responses.waveId, waveId)));
  const rows = shuffle(opened).map((response) => ({ orgId, waveId, sealed: seal.seal(response) }));
  for (let start = 0; start < rows.length; start += 500)
    await tx.insert(responses).values(rows.slice(start, start + 500));
  // Links stay (an old link then says the wave is closed), but lose whatever hints at a person.
  await tx
    .update(waveLinks)
    .set({ sealedInvitation: null, used: false, remindedOn: null })
    .where(and(eq(waveLinks.orgId, orgId), eq(waveLinks.waveId, waveId)));
  await tx
    .delete(submissionKeys)
    .where(and(eq(submissionKeys.orgId, orgId), eq(submissionKeys.waveId, waveId)));
  await tx
    .update(measurementWaves)
    .set({ published })
    .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.id, waveId)));
  return published;
}

/** The published results of a wave that is closed, publishing it first if nobody has yet. */
export async function ensurePublished(tx: Tx, wave: WaveRow, seal: ResponseSeal): Promise<PublishedWave> {
  return wave.published ?? publishClosedWave(tx, wave.id, wave.orgId, seal);
}

export const publicationQueue = 'publication';

/**
 * Publishes every wave that closed by its date and was not published yet, each in its own
 * organisation's tenant transaction. Run by a job, and at start; answers how many it published.
 */
export async function publishDueWaves(db: Db, seal: ResponseSeal): Promise<number> {
  const due = (
    await db
      .select({
        id: measurementWaves.id,
        orgId: measurementWaves.orgId,
        opensOn: measurementWaves.opensOn,
        closesOn: measurementWaves.closesOn,
        closedAt: measurementWaves.closedAt,
      })
      .from(measurementWaves)
      .where(isNull(measurementWaves.published))
  ).filter(isClosed);
  for (const wave of due)
    await withTenant(db, wave.orgId, (tx) => publishClosedWave(tx, wave.id, wave.orgId, seal));
  return due.length;
}
