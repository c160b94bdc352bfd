import {
  addCellTallies,
  type CellTally,
  emptyCellTally,
  emptyScaleTally,
  foldRemovedTeams,
  type Perspective,
  type ResponseAnswers,
  type TalliedCell,
  tallyByCell,
} from '@derde-bron/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/tenant.ts';
import { teams } from '../organisations/table.ts';
import { responses, responseTallies } from './table.ts';
import { instrumentOf, type WaveRow } from './waves.ts';

type TallyRow = typeof responseTallies.$inferInsert;
type Cell = {
  orgId: string;
  waveId: string;
  teamId: string | null;
  perspective: Perspective;
  tally: CellTally;
};

/** A cell's tally as rows of `response_tallies`: one per measure. */
function rowsOf({ orgId, waveId, teamId, perspective, tally }: Cell): TallyRow[] {
  const base = { orgId, waveId, teamKey: teamId ?? '', perspective };
  const rows: TallyRow[] = [{ ...base, measure: 'responses', n: tally.responses }];
  for (const [scaleKey, s] of Object.entries(tally.scales)) {
    const d = s.distribution;
    rows.push({
      ...base,
      measure: `scale:${scaleKey}`,
      n: s.n,
      sum: s.sum,
      d1: d[1],
      d2: d[2],
      d3: d[3],
      d4: d[4],
      d5: d[5],
      offered: s.offered,
      dontKnows: s.dontKnows,
    });
  }
  for (const [itemKey, counts] of Object.entries(tally.sensitive))
    for (const [option, n] of Object.entries(counts))
      rows.push({ ...base, measure: `sensitive:${itemKey}:${option}`, n });
  return rows;
}

/** Rows of `response_tallies` back into tallies per team and perspective. */
function cellsOf(rows: ReadonlyArray<typeof responseTallies.$inferSelect>): TalliedCell[] {
  const cells = new Map<string, TalliedCell>();
  for (const row of rows) {
    const key = `${row.teamKey}|${row.perspective}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        teamId: row.teamKey || null,
        perspective: row.perspective as Perspective,
        tally: emptyCellTally(),
      };
      cells.set(key, cell);
    }
    const [kind, first, second] = row.measure.split(':');
    if (kind === 'responses') cell.tally.responses = row.n;
    else if (kind === 'scale' && first)
      cell.tally.scales[first] = {
        ...emptyScaleTally(),
        n: row.n,
        sum: row.sum,
        distribution: { 1: row.d1, 2: row.d2, 3: row.d3, 4: row.d4, 5: row.d5 },
        offered: row.offered,
        dontKnows: row.dontKnows,
      };
    else if (kind === 'sensitive' && first && second)
      cell.tally.sensitive[first] = { ...cell.tally.sensitive[first], [second]: row.n };
  }
  return [...cells.values()];
}

/**
 * Adds cells to the stored tallies in one statement. Rows are written in key order, so that two
 * transactions adding to the same wave take their row locks in the same order and cannot deadlock.
 */
export async function addToTallies(tx: Tx, cells: readonly Cell[]) {
  const merged = new Map<string, Cell>();
  for (const cell of cells) {
    const key = `${cell.waveId}|${cell.teamId ?? ''}|${cell.perspective}`;
    const known = merged.get(key);
    merged.set(key, known ? { ...known, tally: addCellTallies(known.tally, cell.tally) } : cell);
  }
  const rows = [...merged.values()].flatMap(rowsOf);
  if (rows.length === 0) return;
  const pk = (row: TallyRow) => `${row.waveId}|${row.teamKey}|${row.perspective}|${row.measure}`;
  rows.sort((a, b) => (pk(a) < pk(b) ? -1 : 1));
  const t = responseTallies;
  // "What was stored plus what this batch adds", per column.
  const plus = (column: string) =>
    sql`${sql.identifier('response_tallies')}.${sql.identifier(column)} + excluded.${sql.identifier(column)}`;
  await tx
    .insert(t)
    .values(rows)
    .onConflictDoUpdate({
      target: [t.waveId, t.teamKey, t.perspective, t.measure],
      set: {
        n: plus('n'),
        sum: plus('sum'),
        d1: plus('d1'),
        d2: plus('d2'),
        d3: plus('d3'),
        d4: plus('d4'),
        d5: plus('d5'),
        offered: plus('offered'),
        dontKnows: plus('dont_knows'),
      },
    });
}

/**
 * A wave's tallies per team and perspective. They summarise the stored responses; where they do not
 * count the same responses per team and perspective (responses stored before tallies existed, or a
 * team deleted since), they are made again from the responses, once. A settled closed wave's tallies
 * are taken as they are, counting a removed team's cells as "no team".
 */
export async function loadTallies(tx: Tx, orgId: string, wave: WaveRow): Promise<TalliedCell[]> {
  const rows = await tx
    .select()
    .from(responseTallies)
    .where(and(eq(responseTallies.orgId, orgId), eq(responseTallies.waveId, wave.id)));
  const cells = cellsOf(rows);
  // Checked against the responses when the closed wave's totals were stored (it takes no more
  // answers), or the answers are gone: either way the tallies are the record now.
  if (wave.closedTotals || wave.answersRemovedOn) {
    const teamRows = await tx.select({ id: teams.id }).from(teams).where(eq(teams.orgId, orgId));
    return foldRemovedTeams(cells, new Set(teamRows.map((team) => team.id)));
  }
  const counted = await tx
    .select({ teamId: responses.teamId, perspective: responses.perspective, n: count() })
    .from(responses)
    .where(and(eq(responses.orgId, orgId), eq(responses.waveId, wave.id)))
    .groupBy(responses.teamId, responses.perspective);
  const cellKey = (teamId: string | null, perspective: string) => `${teamId ?? ''}|${perspective}`;
  const tallied = new Map(
    cells
      .filter((cell) => cell.tally.responses > 0)
      .map((cell) => [cellKey(cell.teamId, cell.perspective), cell.tally.responses]),
  );
  const consistent =
    counted.length === tallied.size &&
    counted.every((row) => tallied.get(cellKey(row.teamId, row.perspective)) === row.n);
  if (consistent) return cells;

  await tx
    .delete(responseTallies)
    .where(and(eq(responseTallies.orgId, orgId), eq(responseTallies.waveId, wave.id)));
  const all = await tx
    .select({ teamId: responses.teamId, perspective: responses.perspective, answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.orgId, orgId), eq(responses.waveId, wave.id)));
  const rebuilt = tallyByCell(
    all.map((row) => ({
      ...row,
      perspective: row.perspective as Perspective,
      answers: row.answers as ResponseAnswers,
    })),
    instrumentOf(wave),
  );
  // In slices: one statement has a limit on its number of parameters.
  for (let start = 0; start < rebuilt.length; start += 50)
    await addToTallies(
      tx,
      rebuilt.slice(start, start + 50).map((cell) => ({ ...cell, orgId, waveId: wave.id })),
    );
  return rebuilt;
}
