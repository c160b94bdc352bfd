import type { Cell, Locale, WaveResults } from '@derde-bron/domain';

/** Results as one member may see them: a team manager's have no total. */
export type ShownResults = Omit<WaveResults, 'total'> & { total: Cell | null };

const words = {
  nl: {
    header: [
      'Groep',
      'Antwoorden',
      'Schaal',
      'Met score',
      'Gemiddelde',
      '1',
      '2',
      '3',
      '4',
      '5',
      'Weet ik niet (aandeel)',
    ],
    whole: 'Hele organisatie',
    hidden: 'verborgen',
    noTeam: 'Geen team',
  },
  en: {
    header: [
      'Group',
      'Responses',
      'Scale',
      'With a score',
      'Mean',
      '1',
      '2',
      '3',
      '4',
      '5',
      "Don't know (share)",
    ],
    whole: 'Whole organisation',
    hidden: 'hidden',
    noTeam: 'No team',
  },
};

/**
 * The shown results as rows for a spreadsheet (CSV or XLSX), one per group and scale, after a
 * header. A hidden cell is a row that says it is hidden and why, with no figures: an export never
 * holds more than the screen.
 */
export function resultsTable(
  results: ShownResults,
  locale: Locale,
  groupName: (key: string) => string,
): Array<Array<string | number | null>> {
  const w = words[locale];
  const rows: Array<Array<string | number | null>> = [w.header];
  const add = (label: string, cell: Cell) => {
    if (!cell.visible) {
      rows.push([
        label,
        `${w.hidden} (${cell.reason})`,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      return;
    }
    for (const [scaleKey, summary] of Object.entries(cell.scales)) {
      if ('hidden' in summary) {
        rows.push([
          label,
          cell.n,
          scaleKey,
          `${w.hidden} (${summary.hidden})`,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ]);
        continue;
      }
      const d = summary.distribution;
      rows.push([
        label,
        cell.n,
        scaleKey,
        summary.n,
        summary.mean,
        d[1],
        d[2],
        d[3],
        d[4],
        d[5],
        summary.dontKnowShare,
      ]);
    }
  };
  if (results.total) add(w.whole, results.total);
  for (const group of results.groups)
    add(group.key === 'noTeam' ? w.noTeam : groupName(group.key), group.cell);
  return rows;
}
