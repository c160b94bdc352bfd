import type {
  Cell,
  HiddenReason,
  InstrumentContent,
  Locale,
  Perspective,
  WaveResults,
} from '@derde-bron/domain';

/** Results as one member may see them: a team manager's have no total. */
export type ShownResults = Omit<WaveResults, 'total'> & { total: Cell | null };

const words = {
  nl: {
    header: [
      'Groep',
      'Mensen in de groep',
      'Antwoorden',
      'Schaal',
      'Met score',
      'Gemiddelde',
      'Weet ik niet (aandeel)',
      'Toelichting',
    ],
    whole: 'Hele organisatie',
    noTeam: 'Geen team',
    removedTeam: 'Team (verwijderd)',
    sharedLink: 'Antwoorden via een gedeelde link: wie de link heeft, kan vaker antwoorden.',
    perspectives: {
      staff: 'Medewerkers',
      expert: 'Ervaringsdeskundigen',
      management: 'Management en bestuur',
      coordinator: 'Coördinator',
    },
    hidden: {
      tooFew: 'Verborgen: te weinig antwoorden.',
      restTooSmall: 'Verborgen: anders valt af te leiden wat de rest antwoordde.',
      complement: 'Verborgen: anders valt een kleinere groep af te leiden.',
      totalTooSmall: 'Verborgen: te weinig antwoorden in de hele meting.',
    },
  },
  en: {
    header: [
      'Group',
      'People in the group',
      'Responses',
      'Scale',
      'With a score',
      'Mean',
      "Don't know (share)",
      'Note',
    ],
    whole: 'Whole organisation',
    noTeam: 'No team',
    removedTeam: 'Team (removed)',
    sharedLink: 'Answers through a shared link: whoever holds the link can answer more than once.',
    perspectives: {
      staff: 'Staff',
      expert: 'Experts by experience',
      management: 'Management and board',
      coordinator: 'Coordinator',
    },
    hidden: {
      tooFew: 'Hidden: too few responses.',
      restTooSmall: 'Hidden: otherwise what the rest answered could be worked out.',
      complement: 'Hidden: otherwise a smaller group could be worked out.',
      totalTooSmall: 'Hidden: too few responses in the whole measurement.',
    },
  },
} satisfies Record<
  Locale,
  { hidden: Record<HiddenReason, string>; perspectives: Record<Perspective, string> } & Record<
    string,
    unknown
  >
>;

/**
 * The shown results as rows for a spreadsheet (CSV or XLSX), one per group and scale, after a
 * header, with the scales' and groups' names in the reader's language. A hidden group or figure is
 * a row that says it is hidden and why, with no figures: an export never holds more than the screen.
 */
export function resultsTable(
  results: ShownResults,
  instrument: Pick<InstrumentContent, 'scales'>,
  locale: Locale,
): Array<Array<string | number | null>> {
  const w = words[locale];
  const scaleName = (key: string) =>
    instrument.scales.find((scale) => scale.key === key)?.title[locale] ?? key;
  const rows: Array<Array<string | number | null>> = [w.header];
  const add = (label: string, cell: Cell) => {
    if (!cell.visible) {
      rows.push([label, cell.declared, null, null, null, null, null, w.hidden[cell.reason]]);
      return;
    }
    const note = cell.viaSharedLink ? w.sharedLink : null;
    for (const [scaleKey, figure] of Object.entries(cell.scales)) {
      if ('hidden' in figure) {
        rows.push([
          label,
          cell.declared,
          cell.n,
          scaleName(scaleKey),
          null,
          null,
          null,
          w.hidden[figure.hidden],
        ]);
        continue;
      }
      rows.push([
        label,
        cell.declared,
        cell.n,
        scaleName(scaleKey),
        figure.n,
        figure.mean,
        figure.dontKnowShare,
        note,
      ]);
    }
  };
  if (results.total) add(w.whole, results.total);
  for (const group of results.groups) {
    const label =
      results.breakdown === 'perspective'
        ? (w.perspectives[group.key as Perspective] ?? group.key)
        : group.key === 'noTeam'
          ? w.noTeam
          : group.label || w.removedTeam;
    add(label, group.cell);
  }
  return rows;
}
