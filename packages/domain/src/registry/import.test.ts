import { describe, expect, it } from 'vitest';
import { parseCsv, parseImportDate, validateImportRows } from './import.ts';

const teams = [{ id: '00000000-0000-4000-8000-000000000001', name: 'Team Noord' }];
const header =
  'naam;soort;rollen;fasen;niveaus;team;dienstverband;uren_per_week;registratienummer;registratie_geldig_tot;opleiding_erkend';
const good =
  'Anna de Vries;ervaringsdeskundige;Herstelcoach|maatje;recovery;Uitvoering;team noord;betaald;24;461012345;2027-05-01;ja';
const check = (...lines: string[]) => validateImportRows(parseCsv(lines.join('\r\n')), { teams });

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, both delimiters, a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""",z\n\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'z'],
    ]);
    expect(parseCsv('a;b\n1,5;2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });
});

describe('parseImportDate', () => {
  it.each([
    ['2026-04-01', '2026-04-01'],
    ['1-4-2026', '2026-04-01'],
    ['01/04/2026', '2026-04-01'],
    ['31-02-2026', null],
    ['april', null],
  ])('%s → %s', (input, expected) => {
    expect(parseImportDate(input)).toBe(expected);
  });
});

describe('validateImportRows', () => {
  it('accepts a good row, with titles in Dutch and English and the team by name', () => {
    const result = check(header, good);
    expect(result.errors).toEqual([]);
    expect(result.people).toEqual([
      expect.objectContaining({
        name: 'Anna de Vries',
        kind: 'expert',
        roles: ['recoveryCoach', 'buddy'],
        phases: ['recovery'],
        levels: ['practice'],
        teamId: teams[0]?.id,
        employment: 'paid',
        hoursPerWeek: 24,
        registrationNumber: '461012345',
        registrationExpiresOn: '2027-05-01',
      }),
    ]);
  });

  it.each([
    ['unknown role', good.replace('Herstelcoach', 'Tovenaar'), 'rollen', 'unknownRole'],
    ['unknown phase', good.replace(';recovery;', ';nazorg;'), 'fasen', 'unknownPhase'],
    ['unknown level', good.replace('Uitvoering', 'Zolder'), 'niveaus', 'unknownLevel'],
    ['missing level', good.replace('Uitvoering', ''), 'niveaus', 'required'],
    ['unknown team', good.replace('team noord', 'Team Zuid'), 'team', 'unknownTeam'],
    ['negative hours', good.replace(';24;', ';-4;'), 'uren_per_week', 'negativeHours'],
    ['too many hours', good.replace(';24;', ';61;'), 'uren_per_week', 'tooManyHours'],
    ['hours not a number', good.replace(';24;', ';veel;'), 'uren_per_week', 'notANumber'],
    [
      'bad registration number',
      good.replace('461012345', 'AB-12'),
      'registratienummer',
      'registrationNumberFormat',
    ],
    [
      'registration without expiry',
      good.replace('2027-05-01', ''),
      'registratie_geldig_tot',
      'registrationExpiryMissing',
    ],
    ['invalid date', good.replace('2027-05-01', '2027-13-01'), 'registratie_geldig_tot', 'invalidDate'],
    [
      'a 4610 number of the wrong length',
      good.replace('461012345', '4610123'),
      'registratienummer',
      'registrationNumberFormat',
    ],
    [
      'a staff member in an expert role',
      good.replace('ervaringsdeskundige', 'medewerker met ervaringskennis'),
      'rollen',
      'roleNotForKind',
    ],
    [
      'an expert without recognised training or exception',
      good.replace(';ja', ';nee'),
      'opleiding_erkend',
      'trainingOrExceptionRequired',
    ],
    ['unknown kind', good.replace('ervaringsdeskundige', 'vrijwilliger'), 'soort', 'unknownKind'],
    ['missing name', good.replace('Anna de Vries', ''), 'naam', 'required'],
  ])('reports %s with its row and column, and imports nothing', (_label, row, column, messageKey) => {
    const result = check(header, good, row);
    expect(result.errors).toEqual([{ row: 3, column, messageKey }]);
    expect(result.people).toEqual([]);
  });

  it('reports every error of every row', () => {
    const result = check(
      header,
      good.replace(';24;', ';-1;').replace('Uitvoering', 'X'),
      good,
      good.replace('betaald', 'soms'),
    );
    expect(result.errors).toEqual([
      { row: 2, column: 'niveaus', messageKey: 'unknownLevel' },
      { row: 2, column: 'uren_per_week', messageKey: 'negativeHours' },
      { row: 4, column: 'dienstverband', messageKey: 'unknownEmployment' },
    ]);
  });

  it('reports unknown and missing columns on the header row', () => {
    expect(check('name;soort;wie weet;dienstverband', 'A;expert;x;paid').errors).toEqual([
      { row: 1, column: 'wie weet', messageKey: 'unknownColumn' },
      { row: 1, column: 'niveaus', messageKey: 'missingColumn' },
    ]);
  });

  it('takes an exception instead of a training, and staff roles with BCP tasks', () => {
    const result = check(
      'naam;soort;rollen;niveaus;dienstverband;opleiding_erkend;uitzondering_opleiding;taken',
      'C;ervaringsdeskundige;maatje;team;betaald;nee;Start opleiding in 2027;advising|antiStigma',
      'D;medewerker;Inbreng eigen ervaring in de begeleiding;team;betaald;;;',
    );
    expect(result.errors).toEqual([]);
    expect(result.people.map((p) => [p.trainingException, p.bcpTasks, p.roles])).toEqual([
      ['Start opleiding in 2027', ['advising', 'antiStigma'], ['buddy']],
      [null, [], ['ownExperienceInSupport']],
    ]);
  });

  it('reads the NLQF level, the route and an SKJ registration, and refuses what does not fit', () => {
    const head =
      'naam;soort;niveaus;dienstverband;opleiding_erkend;opleiding_nlqf;opleiding_route;skj_nummer;skj_geldig_tot';
    const ok = check(head, 'E;ervaringsdeskundige;team;betaald;ja;6;certificaat;110 012 345;2027-01-01');
    expect(ok.errors).toEqual([]);
    expect(ok.people[0]).toMatchObject({
      trainingNlqf: 6,
      trainingRoute: 'certificate',
      skjNumber: '110012345',
    });
    expect(check(head, 'E;ervaringsdeskundige;team;betaald;ja;9;mbo;12;').errors).toEqual([
      { row: 2, column: 'opleiding_nlqf', messageKey: 'unknownNlqf' },
      { row: 2, column: 'opleiding_route', messageKey: 'unknownTrainingRoute' },
      { row: 2, column: 'skj_nummer', messageKey: 'skjNumberFormat' },
      { row: 2, column: 'skj_geldig_tot', messageKey: 'registrationExpiryMissing' },
    ]);
  });

  it('reads the job, its scale and the addendum (functiehuis)', () => {
    const result = check(
      'naam;soort;niveaus;dienstverband;opleiding_erkend;functie;schaal;addendum',
      'F;ervaringsdeskundige;team;betaald;ja;Ervaringsdeskundig begeleider;FWG 45;ja',
    );
    expect(result.errors).toEqual([]);
    expect(result.people[0]).toMatchObject({
      jobTitle: 'Ervaringsdeskundig begeleider',
      salaryScale: 'FWG 45',
      jobAddendum: true,
    });
    expect(
      check('naam;soort;niveaus;dienstverband;opleiding_erkend;addendum', 'F;expert;team;paid;ja;soms')
        .errors,
    ).toEqual([{ row: 2, column: 'addendum', messageKey: 'notYesNo' }]);
  });

  it('reports an empty file', () => {
    expect(check(header).errors).toEqual([{ row: 1, column: '', messageKey: 'emptyFile' }]);
  });

  it('reports funding end dates before the start', () => {
    const result = check(
      'naam,soort,niveaus,dienstverband,financiering,financiering_tot,gestart_op',
      'B,staff,team,volunteer,project,2024-01-01,2025-01-01',
    );
    expect(result.errors).toEqual([{ row: 2, column: 'financiering_tot', messageKey: 'datesInWrongOrder' }]);
  });
});
