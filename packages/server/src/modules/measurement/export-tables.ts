import { and, asc, eq } from 'drizzle-orm';
import { type Cell, type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import { publishedTotals } from './published-totals.ts';
import { conversationNotes, measurementWaves } from './table.ts';

/**
 * Measurement: the waves, and per published wave its whole-organisation scale means as its results
 * page shows them, and the notes of team conversations. Individual responses never leave the
 * platform, not even to the organisation: an export of single answers would undo the anonymity
 * every respondent was promised.
 */
export const measurementExporter: OrganisationExporter = async (tx, orgId) => {
  const waves = await tx
    .select()
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId)))
    .orderBy(asc(measurementWaves.opensOn));
  const results: Array<Record<string, Cell>> = [];
  for (const wave of waves) {
    const totals = publishedTotals(wave);
    if (!totals) continue;
    for (const [scaleKey, scale] of Object.entries(totals.scales))
      results.push({
        waveId: wave.id,
        scaleKey,
        mean: scale?.mean ?? null,
        respondents: scale ? scale.n : null,
        shown: scale !== null,
      });
  }
  return [
    {
      name: 'measurementWaves',
      rows: plain(
        waves.map((w) => ({
          id: w.id,
          title: w.title,
          kind: w.kind,
          instrumentVersion: w.instrumentVersion,
          opensOn: w.opensOn,
          closesOn: w.closesOn,
          closedAt: w.closedAt,
          perspectives: w.perspectives,
          minCell: w.minCell,
          minSensitiveCell: w.minSensitiveCell,
        })),
      ),
    },
    { name: 'measurementResults', rows: results },
    {
      name: 'conversationNotes',
      rows: plain(
        (
          await tx
            .select()
            .from(conversationNotes)
            .where(eq(conversationNotes.orgId, orgId))
            .orderBy(asc(conversationNotes.heldOn))
        ).map(({ orgId: _orgId, ...rest }) => rest),
      ),
    },
  ];
};
