import {
  computeWaveStatus,
  type InstrumentContent,
  instrumentV1,
  instrumentV2,
  isWaveClosed,
  todayIso,
} from '@derde-bron/domain';
import { and, eq, sql } from 'drizzle-orm';
import { rowOfOrg } from '../../db/rows.ts';
import type { Tx } from '../../db/tenant.ts';
import { HttpError } from '../../http-error.ts';
import { measurementWaves, type waveGroups, type waveLinks } from './table.ts';

/**
 * Instrument versions that ship with the code, by number. New waves use v2 (one perspective, no
 * self-assessment: docs/anonymity.md); a wave opened under v1 keeps v1 and stays readable.
 */
export const instruments: ReadonlyMap<number, InstrumentContent> = new Map([
  [1, instrumentV1],
  [2, instrumentV2],
]);
export const currentInstrumentVersion = 2;

/** The instrument a wave was made with; it ships with the code, so its absence is a bug. */
export function instrumentOf(wave: Pick<WaveRow, 'instrumentVersion'>): InstrumentContent {
  const instrument = instruments.get(wave.instrumentVersion);
  if (!instrument) throw new Error(`instrument version ${wave.instrumentVersion} is not bundled`);
  return instrument;
}

export type WaveRow = typeof measurementWaves.$inferSelect;

/** Whether a wave takes no more answers (the domain's rule, today). */
export const isClosed = (wave: Pick<WaveRow, 'opensOn' | 'closesOn' | 'closedAt'>) =>
  isWaveClosed(wave, todayIso());

/**
 * The same rule in SQL, for work across many waves: the moment a wave stopped taking answers (closed
 * early, or the end of its last day), to compare with a retention period.
 */
export const waveClosedAt = sql`coalesce(${measurementWaves.closedAt}, (${measurementWaves.closesOn} + 1)::timestamptz)`;

/**
 * A wave as the API shows it: its status today, and how many took part: while open the answers so
 * far (no scores exist yet); once published only its published total, or null when that is hidden.
 */
export function describeWave(wave: WaveRow, receivedSoFar: number) {
  const total = wave.published?.groups.find((group) => group.kind === 'total');
  const responseCount = wave.published ? (total?.visibility.visible ? (total.n ?? 0) : null) : receivedSoFar;
  return {
    id: wave.id,
    title: wave.title,
    kind: wave.kind,
    instrumentVersion: wave.instrumentVersion,
    opensOn: wave.opensOn,
    closesOn: wave.closesOn,
    status: computeWaveStatus(wave, todayIso()),
    perspectives: wave.perspectives,
    thresholds: { minCell: wave.minCell, minSensitiveCell: wave.minSensitiveCell },
    responseCount,
    published: wave.published !== null,
    /** When the terugkoppeling to staff was published; null: still to do once the wave is closed. */
    feedbackPublishedAt: wave.feedbackPublishedAt,
  };
}

export async function getWave(tx: Tx, orgId: string, waveId: string) {
  return rowOfOrg(tx, measurementWaves, orgId, waveId);
}

/** The wave that new groups, links and invitations go out for: it must not be closed. */
export async function getOpenWave(tx: Tx, orgId: string, waveId: string) {
  const wave = await getWave(tx, orgId, waveId);
  if (isClosed(wave)) throw new HttpError(410, 'INVALID_INPUT', 'waveClosed');
  return wave;
}

type CachedLink = {
  link: typeof waveLinks.$inferSelect;
  group: typeof waveGroups.$inferSelect;
  wave: WaveRow;
  organisationName: string;
  teamName: string | null;
};

/**
 * Links resolved in the last few seconds, by token hash. Closing a wave on this instance forgets
 * its links at once; another instance may take answers for at most `ttlMs` longer.
 */
function createLinkCache(ttlMs = 5000, limit = 10_000) {
  const entries = new Map<string, { value: CachedLink | null; at: number }>();
  return {
    async get(tokenHash: string, load: (tokenHash: string) => Promise<CachedLink | null>) {
      const hit = entries.get(tokenHash);
      if (hit && Date.now() - hit.at < ttlMs && hit.value) return hit.value;
      const value = await load(tokenHash);
      if (entries.size >= limit) entries.clear();
      // Unknown tokens are not kept: each guess goes to the database and to the back-off. Nor are
      // e-mail invitations: one person opens each, and whether it was used must be read fresh.
      if (value && !value.link.singleUse) entries.set(tokenHash, { value, at: Date.now() });
      return value;
    },
    forgetWave(waveId: string) {
      for (const [key, entry] of entries) if (entry.value?.wave.id === waveId) entries.delete(key);
    },
  };
}

export const linkCache = createLinkCache();

/** Whether the organisation already planned a 0-meting (whatever its state). */
export async function hasBaseline(tx: Tx, orgId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: measurementWaves.id })
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId), eq(measurementWaves.kind, 'baseline')))
    .limit(1);
  return row !== undefined;
}
