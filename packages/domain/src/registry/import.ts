import { isIsoDate } from '../dates.ts';
import { frameworkV1 } from '../framework/content/v1.ts';
import {
  type BcpTaskKey,
  bcpTaskKeys,
  type CoreTaskLetter,
  coreTaskLetters,
  type EmploymentKind,
  type FundingSource,
  isValidRegistrationNumber,
  isValidSkjNumber,
  maxHoursPerWeek,
  normaliseRegistrationNumber,
  type PersonKind,
  registryLevels,
  rolesForKind,
  staffRoles,
  type TrainingRoute,
} from './keys.ts';

/**
 * Importing people from a coordinator's spreadsheet (CSV or XLSX), row by row. Every problem is
 * reported as {row, column, messageKey}; the server stores nothing unless there are none.
 * Written without zod so that the web app can share the column names.
 */
export const importMessageKeys = [
  'required',
  'unknownColumn',
  'missingColumn',
  'duplicateColumn',
  'emptyFile',
  'tooManyRows',
  'tooLong',
  'unknownKind',
  'unknownRole',
  'unknownPhase',
  'unknownLevel',
  'unknownCoreTask',
  'unknownTeam',
  'unknownEmployment',
  'unknownFunding',
  'notANumber',
  'negativeHours',
  'tooManyHours',
  'invalidDate',
  'notYesNo',
  'registrationNumberFormat',
  'registrationExpiryMissing',
  'registrationNumberMissing',
  'fundingSourceMissing',
  'datesInWrongOrder',
  'roleNotForKind',
  'trainingOrExceptionRequired',
  'unknownBcpTask',
  'skjNumberFormat',
  'unknownNlqf',
  'unknownTrainingRoute',
] as const;
export type ImportMessageKey = (typeof importMessageKeys)[number];
export type ImportError = { row: number; column: string; messageKey: ImportMessageKey };

export const maxImportRows = 5000;

/** A person as the import makes it; the same shape the API accepts. */
export type ImportedPerson = {
  name: string;
  kind: PersonKind;
  teamId: string | null;
  roles: string[];
  phases: string[];
  levels: string[];
  coreTasks: CoreTaskLetter[];
  bcpTasks: BcpTaskKey[];
  employment: EmploymentKind;
  hoursPerWeek: number | null;
  fundingSource: FundingSource | null;
  fundingEndsOn: string | null;
  trainingName: string | null;
  trainingLevel: string | null;
  trainingNlqf: number | null;
  trainingRoute: TrainingRoute | null;
  trainingCompletedOn: string | null;
  trainingRecognised: boolean;
  trainingException: string | null;
  registrationNumber: string | null;
  registrationExpiresOn: string | null;
  skjNumber: string | null;
  skjExpiresOn: string | null;
  startedOn: string | null;
  jobTitle: string | null;
  salaryScale: string | null;
  jobAddendum: boolean;
};

/** The columns in the order of the export, with their Dutch name first and the English one second. */
export const importColumns = [
  { key: 'name', nl: 'naam', en: 'name', required: true },
  { key: 'kind', nl: 'soort', en: 'kind', required: true },
  { key: 'roles', nl: 'rollen', en: 'roles', required: false },
  { key: 'phases', nl: 'fasen', en: 'phases', required: false },
  { key: 'levels', nl: 'niveaus', en: 'levels', required: true },
  { key: 'team', nl: 'team', en: 'team', required: false },
  { key: 'coreTasks', nl: 'kerntaken', en: 'core_tasks', required: false },
  { key: 'employment', nl: 'dienstverband', en: 'employment', required: true },
  { key: 'hoursPerWeek', nl: 'uren_per_week', en: 'hours_per_week', required: false },
  { key: 'fundingSource', nl: 'financiering', en: 'funding', required: false },
  { key: 'fundingEndsOn', nl: 'financiering_tot', en: 'funding_ends_on', required: false },
  { key: 'trainingName', nl: 'opleiding', en: 'training', required: false },
  { key: 'trainingLevel', nl: 'opleidingsniveau', en: 'training_level', required: false },
  { key: 'trainingCompletedOn', nl: 'opleiding_datum', en: 'training_date', required: false },
  { key: 'trainingRecognised', nl: 'opleiding_erkend', en: 'training_recognised', required: false },
  { key: 'trainingException', nl: 'uitzondering_opleiding', en: 'training_exception', required: false },
  { key: 'bcpTasks', nl: 'taken', en: 'tasks', required: false },
  { key: 'registrationNumber', nl: 'registratienummer', en: 'registration_number', required: false },
  {
    key: 'registrationExpiresOn',
    nl: 'registratie_geldig_tot',
    en: 'registration_expires_on',
    required: false,
  },
  { key: 'startedOn', nl: 'gestart_op', en: 'started_on', required: false },
  { key: 'trainingNlqf', nl: 'opleiding_nlqf', en: 'training_nlqf', required: false },
  { key: 'trainingRoute', nl: 'opleiding_route', en: 'training_route', required: false },
  { key: 'skjNumber', nl: 'skj_nummer', en: 'skj_number', required: false },
  { key: 'skjExpiresOn', nl: 'skj_geldig_tot', en: 'skj_expires_on', required: false },
  { key: 'jobTitle', nl: 'functie', en: 'job', required: false },
  { key: 'salaryScale', nl: 'schaal', en: 'scale', required: false },
  { key: 'jobAddendum', nl: 'addendum', en: 'addendum', required: false },
] as const;
export type ImportColumnKey = (typeof importColumns)[number]['key'];

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const fold = (value: string) => value.trim().toLowerCase();

/**
 * Parses CSV text (RFC 4180 quotes; comma or semicolon, as Dutch spreadsheet programs write it,
 * chosen from the header line). Blank lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((value) => value.trim() !== ''));
}

/** Lookup of a framework term by key or by its Dutch or English title, case-insensitive. */
function termLookup(terms: ReadonlyArray<{ key: string; title: { nl: string; en: string } }>) {
  const map = new Map<string, string>();
  for (const term of terms) {
    map.set(fold(term.key), term.key);
    map.set(fold(term.title.nl), term.key);
    map.set(fold(term.title.en), term.key);
  }
  return map;
}
const lookups = {
  roles: termLookup([...frameworkV1.roles, ...staffRoles]),
  phases: termLookup(frameworkV1.phases),
  levels: termLookup(registryLevels),
};
const words = {
  kind: new Map<string, PersonKind>([
    ['expert', 'expert'],
    ['ervaringsdeskundige', 'expert'],
    ['staff', 'staff'],
    ['medewerker', 'staff'],
    ['medewerker met ervaringskennis', 'staff'],
  ]),
  employment: new Map<string, EmploymentKind>([
    ['paid', 'paid'],
    ['betaald', 'paid'],
    ['volunteer', 'volunteer'],
    ['vrijwilliger', 'volunteer'],
    ['vrijwillig', 'volunteer'],
  ]),
  funding: new Map<string, FundingSource>([
    ['structural', 'structural'],
    ['structureel', 'structural'],
    ['project', 'project'],
    ['projectgeld', 'project'],
    ['subsidy', 'subsidy'],
    ['subsidie', 'subsidy'],
  ]),
  route: new Map<string, TrainingRoute>([
    ['diploma', 'diploma'],
    ['certificate', 'certificate'],
    ['certificaat', 'certificate'],
  ]),
  yesNo: new Map<string, boolean>([
    ['ja', true],
    ['yes', true],
    ['true', true],
    ['1', true],
    ['nee', false],
    ['no', false],
    ['false', false],
    ['0', false],
  ]),
};

const splitList = (value: string) =>
  value
    .split(/[|;,]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A date as YYYY-MM-DD, or as a Dutch spreadsheet writes it: D-M-YYYY or D/M/YYYY. */
export function parseImportDate(value: string): string | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export type ImportResult = { people: ImportedPerson[]; errors: ImportError[] };

/**
 * Checks every row of a table whose first row holds the column names. Rows are numbered as the
 * spreadsheet shows them (the header is row 1); columns are named as in the file.
 */
export function validateImportRows(
  table: ReadonlyArray<ReadonlyArray<string>>,
  context: { teams: ReadonlyArray<{ id: string; name: string }> },
): ImportResult {
  const errors: ImportError[] = [];
  const [header, ...rows] = table;
  if (!header || rows.length === 0)
    return { people: [], errors: [{ row: 1, column: '', messageKey: 'emptyFile' }] };
  if (rows.length > maxImportRows)
    return { people: [], errors: [{ row: maxImportRows + 2, column: '', messageKey: 'tooManyRows' }] };

  const positions = new Map<ImportColumnKey, { index: number; label: string }>();
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    const column = importColumns.find((c) => c.nl === name || c.en === name || fold(c.key) === name);
    const label = raw.replace(/^\uFEFF/, '').trim();
    if (!column) errors.push({ row: 1, column: label, messageKey: 'unknownColumn' });
    else if (positions.has(column.key)) errors.push({ row: 1, column: label, messageKey: 'duplicateColumn' });
    else positions.set(column.key, { index, label });
  });
  for (const column of importColumns)
    if (column.required && !positions.has(column.key))
      errors.push({ row: 1, column: column.nl, messageKey: 'missingColumn' });
  if (errors.length > 0) return { people: [], errors };

  const teamsByName = new Map(context.teams.map((team) => [fold(team.name), team.id]));
  const people: ImportedPerson[] = [];
  rows.forEach((cells, rowIndex) => {
    const row = rowIndex + 2;
    const rowErrors: ImportError[] = [];
    const cellOf = (key: ImportColumnKey) => {
      const position = positions.get(key);
      return { text: position ? (cells[position.index] ?? '').trim() : '', label: position?.label ?? key };
    };
    const fail = (key: ImportColumnKey, messageKey: ImportMessageKey) =>
      rowErrors.push({ row, column: cellOf(key).label, messageKey });
    const text = (key: ImportColumnKey, max: number, required = false) => {
      const { text: value } = cellOf(key);
      if (value === '') {
        if (required) fail(key, 'required');
        return null;
      }
      if (value.length > max) fail(key, 'tooLong');
      return value;
    };
    const word = <T>(
      key: ImportColumnKey,
      map: Map<string, T>,
      unknown: ImportMessageKey,
      required: boolean,
    ) => {
      const value = text(key, 100, required);
      if (value === null) return null;
      const found = map.get(fold(value));
      if (found === undefined) fail(key, unknown);
      return found ?? null;
    };
    const list = (key: ImportColumnKey, map: Map<string, string>, unknown: ImportMessageKey) => {
      const values = splitList(cellOf(key).text).map((value) => map.get(fold(value)));
      if (values.some((value) => value === undefined)) fail(key, unknown);
      return [...new Set(values.filter((value): value is string => value !== undefined))];
    };
    const date = (key: ImportColumnKey) => {
      const value = text(key, 20);
      if (value === null) return null;
      const parsed = parseImportDate(value);
      if (parsed === null) fail(key, 'invalidDate');
      return parsed;
    };

    const name = text('name', 200, true) ?? '';
    const kind = word('kind', words.kind, 'unknownKind', true);
    const roles = list('roles', lookups.roles, 'unknownRole');
    const phases = list('phases', lookups.phases, 'unknownPhase');
    const levels = list('levels', lookups.levels, 'unknownLevel');
    if (levels.length === 0 && cellOf('levels').text === '') fail('levels', 'required');
    const coreTasks = splitList(cellOf('coreTasks').text).map((v) => fold(v));
    if (coreTasks.some((letter) => !(coreTaskLetters as readonly string[]).includes(letter)))
      fail('coreTasks', 'unknownCoreTask');
    const teamName = text('team', 200);
    const teamId = teamName === null ? null : (teamsByName.get(fold(teamName)) ?? null);
    if (teamName !== null && teamId === null) fail('team', 'unknownTeam');
    const bcpTasks = splitList(cellOf('bcpTasks').text);
    if (bcpTasks.some((task) => !(bcpTaskKeys as readonly string[]).includes(task)))
      fail('bcpTasks', 'unknownBcpTask');
    if (kind !== null && roles.some((role) => !rolesForKind(kind).includes(role)))
      fail('roles', 'roleNotForKind');
    const employment = word('employment', words.employment, 'unknownEmployment', true);
    let hoursPerWeek: number | null = null;
    const hours = text('hoursPerWeek', 20);
    if (hours !== null) {
      const parsed = Number(hours.replace(',', '.'));
      if (!Number.isFinite(parsed)) fail('hoursPerWeek', 'notANumber');
      else if (parsed < 0) fail('hoursPerWeek', 'negativeHours');
      else if (parsed > maxHoursPerWeek) fail('hoursPerWeek', 'tooManyHours');
      else hoursPerWeek = parsed;
    }
    const fundingSource = word('fundingSource', words.funding, 'unknownFunding', false);
    const fundingEndsOn = date('fundingEndsOn');
    const trainingName = text('trainingName', 200);
    const trainingLevel = text('trainingLevel', 100);
    const trainingCompletedOn = date('trainingCompletedOn');
    const trainingRecognised = word('trainingRecognised', words.yesNo, 'notYesNo', false) ?? false;
    const trainingException = text('trainingException', 500);
    if (kind === 'expert' && !trainingRecognised && trainingException === null)
      fail('trainingRecognised', 'trainingOrExceptionRequired');
    const registration = text('registrationNumber', 40);
    if (registration !== null && !isValidRegistrationNumber(registration))
      fail('registrationNumber', 'registrationNumberFormat');
    const registrationExpiresOn = date('registrationExpiresOn');
    const nlqfText = text('trainingNlqf', 5);
    const trainingNlqf = nlqfText === null ? null : Number(nlqfText);
    if (trainingNlqf !== null && !(Number.isInteger(trainingNlqf) && trainingNlqf >= 1 && trainingNlqf <= 8))
      fail('trainingNlqf', 'unknownNlqf');
    const trainingRoute = word('trainingRoute', words.route, 'unknownTrainingRoute', false);
    const skj = text('skjNumber', 40);
    if (skj !== null && !isValidSkjNumber(skj)) fail('skjNumber', 'skjNumberFormat');
    const skjExpiresOn = date('skjExpiresOn');
    if (skj !== null && cellOf('skjExpiresOn').text === '') fail('skjExpiresOn', 'registrationExpiryMissing');
    if (skj === null && skjExpiresOn !== null) fail('skjNumber', 'registrationNumberMissing');
    const jobTitle = text('jobTitle', 200);
    const salaryScale = text('salaryScale', 40);
    const jobAddendum = word('jobAddendum', words.yesNo, 'notYesNo', false) ?? false;
    const startedOn = date('startedOn');
    const registrationNumber = registration === null ? null : normaliseRegistrationNumber(registration);

    if (registration !== null && cellOf('registrationExpiresOn').text === '')
      fail('registrationExpiresOn', 'registrationExpiryMissing');
    if (registration === null && registrationExpiresOn !== null)
      fail('registrationNumber', 'registrationNumberMissing');
    if (fundingEndsOn !== null && cellOf('fundingSource').text === '')
      fail('fundingSource', 'fundingSourceMissing');
    if (fundingEndsOn && startedOn && fundingEndsOn < startedOn) fail('fundingEndsOn', 'datesInWrongOrder');

    errors.push(...rowErrors);
    if (rowErrors.length > 0 || kind === null || employment === null) return;
    people.push({
      name,
      kind,
      teamId,
      roles,
      phases,
      levels,
      coreTasks: [...new Set(coreTasks)] as CoreTaskLetter[],
      bcpTasks: [...new Set(bcpTasks)] as BcpTaskKey[],
      employment,
      hoursPerWeek,
      fundingSource,
      fundingEndsOn,
      trainingName,
      trainingLevel,
      trainingNlqf,
      trainingRoute,
      trainingCompletedOn,
      trainingRecognised,
      trainingException,
      registrationNumber,
      registrationExpiresOn,
      skjNumber: skj === null ? null : normaliseRegistrationNumber(skj),
      skjExpiresOn,
      startedOn,
      jobTitle,
      salaryScale,
      jobAddendum,
    });
  });
  return { people: errors.length > 0 ? [] : people, errors };
}
