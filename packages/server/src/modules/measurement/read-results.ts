import { type Breakdown, viewPublishedWave } from '@derde-bron/domain';
import type { Tx } from '../../db/tenant.ts';
import { conflict } from '../../http-error.ts';
import { ensurePublished } from './publication.ts';
import type { ShownResults } from './results-table.ts';
import type { ResponseSeal } from './sealed-responses.ts';
import { describeWave, getWave, isClosed, type WaveRow } from './waves.ts';

/** A closed wave's published results; a wave still open has none (409). */
export async function publishedOf(tx: Tx, wave: WaveRow, seal: ResponseSeal) {
  if (!isClosed(wave)) throw conflict('resultsAfterClose');
  return ensurePublished(tx, wave, seal);
}

/**
 * A closed wave's results as this member may see them: a team manager only their own team, never
 * the total or the sensitive items. Every page and export of results reads them through here.
 */
export async function readResults(
  tx: Tx,
  seal: ResponseSeal,
  orgId: string,
  waveId: string,
  requested: Breakdown,
  membership: { role: string; teamId: string | null },
) {
  const teamManager = membership.role === 'team_manager';
  const wave = await getWave(tx, orgId, waveId);
  const published = await publishedOf(tx, wave, seal);
  const view = viewPublishedWave(published, teamManager ? 'team' : requested);
  const shown: ShownResults = teamManager
    ? {
        ...view,
        total: null,
        sensitive: [],
        groups: view.groups.filter((group) => group.key === membership.teamId),
      }
    : view;
  return { row: wave, wave: describeWave({ ...wave, published }, 0), published, results: shown };
}
