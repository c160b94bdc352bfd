import {
  frameworkV1,
  importColumns,
  type Locale,
  registryActivities,
  registryLevels,
  staffRoles,
} from '@derde-bron/domain';
import { loadExcelJs } from '../../lib/xlsx.ts';
import type { listActivities, listPeople } from './repository.ts';

type Person = Awaited<ReturnType<typeof listPeople>>[number];
type Activity = Awaited<ReturnType<typeof listActivities>>[number];
type Cell = string | number | null;

/** A text a spreadsheet would take for a formula gets a leading quote, as in lib/csv.ts. */
export const formulaSafe = (value: Cell): Cell =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

const titleOf = (terms: ReadonlyArray<{ key: string; title: Record<Locale, string> }>, locale: Locale) => {
  const map = new Map(terms.map((term) => [term.key, term.title[locale]]));
  return (key: string) => map.get(key) ?? key;
};

const words = {
  nl: {
    kind: { expert: 'ervaringsdeskundige', staff: 'medewerker' },
    employment: { paid: 'betaald', volunteer: 'vrijwilliger' },
    funding: { structural: 'structureel', project: 'project', subsidy: 'subsidie' },
    yes: 'ja',
    no: 'nee',
    activityHeader: [
      'activiteit',
      'fasen',
      'begeleid_door',
      'start',
      'einde',
      'kwartaal',
      'deelnemers',
      'bijeenkomsten',
      'volwassenen',
      'kinderen',
      'ex_partners',
      'netwerk',
    ],
  },
  en: {
    kind: { expert: 'expert', staff: 'staff' },
    employment: { paid: 'paid', volunteer: 'volunteer' },
    funding: { structural: 'structural', project: 'project', subsidy: 'subsidy' },
    yes: 'yes',
    no: 'no',
    activityHeader: [
      'activity',
      'phases',
      'led_by',
      'starts',
      'ends',
      'quarter',
      'participants',
      'sessions',
      'adults',
      'children',
      'ex_partners',
      'network',
    ],
  },
} as const;

/**
 * The registry as rows with the import's column names, so that an export can be imported again.
 * Lists are joined with `|`; roles, phases and levels are written as their titles.
 */
export function peopleRows(people: Person[], locale: Locale): Cell[][] {
  const w = words[locale];
  const role = titleOf([...frameworkV1.roles, ...staffRoles], locale);
  const phase = titleOf(frameworkV1.phases, locale);
  const level = titleOf(registryLevels, locale);
  const header = importColumns.map((column) => column[locale]);
  const rows = people.map((p) => [
    p.name,
    w.kind[p.kind],
    p.roles.map(role).join('|'),
    p.phases.map(phase).join('|'),
    p.levels.map(level).join('|'),
    p.teamName,
    p.coreTasks.join('|'),
    w.employment[p.employment],
    p.hoursPerWeek,
    p.fundingSource ? w.funding[p.fundingSource] : null,
    p.fundingEndsOn,
    p.trainingName,
    p.trainingLevel,
    p.trainingCompletedOn,
    p.trainingRecognised ? w.yes : w.no,
    p.trainingException,
    p.bcpTasks.join('|'),
    p.registrationNumber,
    p.registrationExpiresOn,
    p.startedOn,
    p.trainingNlqf,
    p.trainingRoute,
    p.skjNumber,
    p.skjExpiresOn,
    p.jobTitle,
    p.salaryScale,
    p.jobAddendum ? w.yes : w.no,
  ]);
  return [header, ...rows];
}

/** Activities, one row per quarter with reach (or one row without), counts only. */
export function activityRows(list: Activity[], locale: Locale): Cell[][] {
  const activityTitle = titleOf(registryActivities, locale);
  const phase = titleOf(frameworkV1.phases, locale);
  const rows = list.flatMap((a) => {
    const base = [
      a.name ?? (a.activityKey ? activityTitle(a.activityKey) : ''),
      a.phases.map(phase).join('|'),
      a.leaders.map((leader) => leader.name).join('|'),
      a.startsOn,
      a.endsOn,
    ];
    if (a.reach.length === 0) return [[...base, null, null, null, null, null, null, null]];
    return a.reach.map((r) => [
      ...base,
      r.quarter,
      r.participants,
      r.sessions,
      r.adults,
      r.children,
      r.partners,
      r.network,
    ]);
  });
  return [[...words[locale].activityHeader], ...rows];
}

export async function toXlsx(sheets: Array<{ name: string; rows: Cell[][] }>): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Derde Bron';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row.map(formulaSafe));
    worksheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
