import { type PublishedWave, participantsOf } from '@derde-bron/domain';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../http-error.ts';
import { linkedGoals } from './linked-goals.ts';
import { publishedOf } from './read-results.ts';
import type { ResponseSeal } from './sealed-responses.ts';
import { measurementWaves } from './table.ts';
import { getWave, instrumentOf, type WaveRow } from './waves.ts';

/**
 * The terugkoppeling of a closed wave, as staff read it: the coordinator's thank-you text, who took
 * part, the whole wave's scale means as published (nothing finer: this goes to everyone, also to
 * those who may not see team results), and the goals chosen from this wave's results.
 */
export async function describeFeedback(tx: Tx, wave: WaveRow, published: PublishedWave) {
  const total = published.groups.find((group) => group.kind === 'total');
  const visible = total?.visibility.visible === true;
  const instrument = instrumentOf(wave);
  return {
    wave: {
      id: wave.id,
      title: wave.title,
      kind: wave.kind,
      closesOn: wave.closesOn,
      instrumentVersion: wave.instrumentVersion,
    },
    intro: wave.feedbackIntro,
    publishedAt: wave.feedbackPublishedAt,
    version: wave.feedbackVersion,
    responseCount: visible ? (total?.n ?? null) : null,
    perspectives: participantsOf(published).perspectives,
    scales: instrument.scales.flatMap((scale) => {
      const figure = visible ? total?.scales[scale.key] : undefined;
      if (visible && !figure) return [];
      return [{ scaleKey: scale.key, mean: figure && !('hidden' in figure) ? figure.mean : null }];
    }),
    goals: (await linkedGoals(tx, wave))
      .filter((goal) => goal.fromThisWave)
      .map(({ id, title, stepKey, status, deadline }) => ({ id, title, stepKey, status, deadline })),
  };
}
export type WaveFeedback = Awaited<ReturnType<typeof describeFeedback>>;

/**
 * One wave's terugkoppeling for a reader: 404 before it is published unless the reader runs
 * measurements (then the draft), 409 while the wave is still open. The PDF reads it through here.
 */
export async function readWaveFeedback(
  tx: Tx,
  seal: ResponseSeal,
  wave: { orgId: string; waveId: string; manages: boolean },
) {
  const row = await getWave(tx, wave.orgId, wave.waveId);
  if (!row.feedbackPublishedAt && !wave.manages) throw notFound('feedbackNotPublished');
  return describeFeedback(tx, row, await publishedOf(tx, row, seal));
}

/** The waves whose terugkoppeling is published, newest first: what the organisation's members can read. */
export function listPublishedFeedback(tx: Tx, orgId: string) {
  return tx
    .select({
      waveId: measurementWaves.id,
      title: measurementWaves.title,
      publishedAt: measurementWaves.feedbackPublishedAt,
    })
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId), isNotNull(measurementWaves.feedbackPublishedAt)))
    .orderBy(desc(measurementWaves.feedbackPublishedAt));
}

/** Saves the thank-you text if nobody saved since `version`; the first save publishes it. */
export async function saveFeedback(tx: Tx, wave: WaveRow, intro: string, version: number) {
  const [saved] = await tx
    .update(measurementWaves)
    .set({
      feedbackIntro: intro,
      feedbackPublishedAt: wave.feedbackPublishedAt ?? new Date(),
      feedbackVersion: version + 1,
    })
    .where(
      and(
        eq(measurementWaves.orgId, wave.orgId),
        eq(measurementWaves.id, wave.id),
        eq(measurementWaves.feedbackVersion, version),
      ),
    )
    .returning();
  return saved;
}
