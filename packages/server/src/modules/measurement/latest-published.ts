import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { measurementWaves } from './table.ts';

/**
 * The organisation's most recently closed wave that has been published, with its published document
 * only (never a response): what the implementatiemonitor sets the team's judgement beside.
 */
export async function latestPublishedWave(tx: Tx, orgId: string) {
  const [wave] = await tx
    .select({
      id: measurementWaves.id,
      title: measurementWaves.title,
      closesOn: measurementWaves.closesOn,
      perspectives: measurementWaves.perspectives,
      published: measurementWaves.published,
    })
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId), isNotNull(measurementWaves.published)))
    .orderBy(desc(measurementWaves.closesOn), desc(measurementWaves.createdAt))
    .limit(1);
  return wave?.published ? { ...wave, published: wave.published } : null;
}
