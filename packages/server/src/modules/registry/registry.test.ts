import { defaultRegistryNorms, registryLevelKeys } from '@derde-bron/domain';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { daysFromToday, queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { defaultRetention, enforceRetention } from '../operations/retention.ts';

const expert = (extra: object = {}) => ({
  name: 'Anna de Vries',
  kind: 'expert',
  roles: ['recoveryCoach'],
  phases: ['recovery'],
  levels: ['practice'],
  coreTasks: ['a'],
  employment: 'paid',
  hoursPerWeek: 24,
  fundingSource: 'structural',
  trainingRecognised: true,
  registrationNumber: '461012345',
  registrationExpiresOn: daysFromToday(400),
  ...extra,
});

/** A multipart body with one file, as a browser's form sends it. */
function multipart(fileName: string, content: Buffer | string, type = 'text/csv') {
  const boundary = '----registrytest';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDatabases)('registry on $name', ({ target }) => {
  const s = organisationSuite(target, { other: 'Andere' });
  /** Adds an expert as the coordinator, with `extra` over the defaults. */
  const addExpert = (extra: object = {}) =>
    s.api(s.as.coordinator, 'POST', '/registry/people', expert(extra));
  const peopleCount = async (orgId = s.org.id) =>
    Number(
      (
        await queryRows(s.t.database, sql`select count(*) as n from registry_people where org_id = ${orgId}`)
      )[0]?.n,
    );

  it('adds an expert and flags a registration that expires next month', async () => {
    const res = await addExpert({ registrationExpiresOn: daysFromToday(30) });
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({ name: 'Anna de Vries', roles: ['recoveryCoach'], version: 1 });
    const detail = (await s.api(s.as.coordinator, 'GET', `/registry/people/${person.id}`)).json();
    expect(detail.signals.map((s: { key: string }) => s.key)).toEqual([
      'registrationExpiring',
      'reflectionHoursShort',
      'noReflection',
    ]);
    const signals = (await s.api(s.as.coordinator, 'GET', '/registry/signals')).json();
    expect(signals.people.find((p: { id: string }) => p.id === person.id)).toBeTruthy();
    expect(signals.counts.registrationExpiring).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['dates in the wrong order', { startedOn: '2025-05-01', endedOn: '2025-01-01' }, 'body.endedOn'],
    ['an unknown role', { roles: ['wizard'] }, 'body.roles.0'],
    ['an unknown phase', { phases: ['aftercare'] }, 'body.phases.0'],
    ['negative hours', { hoursPerWeek: -2 }, 'body.hoursPerWeek'],
    ['a bad registration number', { registrationNumber: 'RP-12' }, 'body.registrationNumber'],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_label, change, field) => {
    const before = await peopleCount();
    const res = await addExpert(change);
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await peopleCount()).toBe(before);
  });

  it.each([
    [
      'a 4610 number of the wrong length',
      { registrationNumber: '4610 1234' },
      'body.registrationNumber',
      /begint met 4610 en heeft 9 cijfers/,
    ],
    [
      'an expert without recognised training or exception',
      { trainingRecognised: false },
      'body.trainingException',
      /erkende opleiding/,
    ],
    [
      'a staff member in an expert role',
      { kind: 'staff', roles: ['supportWorker'] },
      'body.roles',
      /Deze rol is voor een ervaringsdeskundige/,
    ],
  ])(
    'refuses %s with a clear Dutch message on the field, and stores nothing',
    async (_l, change, field, text) => {
      const before = await peopleCount();
      const res = await addExpert(change);
      expect(res.statusCode).toBe(400);
      const detail = res.json().details.find((d: { field: string }) => d.field === field);
      expect(detail?.message).toMatch(text);
      expect(await peopleCount()).toBe(before);
    },
  );

  it('never asks a staff member with experiential knowledge to register, whatever the conditions', async () => {
    const { version } = (await s.api(s.as.coordinator, 'GET', '/registry/settings')).json();
    const saved = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version,
      rolesRequiringRegistration: ['supportWorker'],
      rolesRequiringTraining: ['recoveryGroupLeader'],
      norms: defaultRegistryNorms,
      levelsPresent: registryLevelKeys,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rolesRequiringTraining).toEqual(['recoveryGroupLeader']);
    const staff = await s.api(s.as.coordinator, 'POST', '/registry/people', {
      ...expert({ kind: 'staff', roles: ['ownExperienceInSupport'], bcpTasks: ['advising'] }),
      trainingRecognised: false,
      registrationNumber: null,
      registrationExpiresOn: null,
    });
    expect(staff.statusCode).toBe(201);
    expect(staff.json().bcpTasks).toEqual(['advising']);
    const detail = (await s.api(s.as.coordinator, 'GET', `/registry/people/${staff.json().id}`)).json();
    expect(detail.signals.map((s: { key: string }) => s.key)).not.toContain('registrationRequired');
    const missing = async () =>
      (await s.api(s.as.coordinator, 'GET', '/roadmap')).json().registryFacts
        .missingRequiredRegistrations as number;
    const before = await missing();
    const expertWithout = await addExpert({
      roles: ['supportWorker'],
      registrationNumber: null,
      registrationExpiresOn: null,
    });
    expect(await missing()).toBe(before + 1);
    // A condition is only for the expert roles.
    const refused = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: saved.json().version,
      rolesRequiringRegistration: ['ownExperienceInSupport'],
      rolesRequiringTraining: [],
      norms: defaultRegistryNorms,
      levelsPresent: registryLevelKeys,
    });
    expect(refused.statusCode).toBe(400);
    await s.api(s.as.coordinator, 'DELETE', `/registry/people/${staff.json().id}`);
    await s.api(s.as.coordinator, 'DELETE', `/registry/people/${expertWithout.json().id}`);
    await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: saved.json().version,
      rolesRequiringRegistration: ['recoveryCoach', 'supportWorker', 'recoveryGroupLeader'],
      rolesRequiringTraining: [],
      norms: defaultRegistryNorms,
      levelsPresent: registryLevelKeys,
    });
  });

  it('counts the reflection hours of each registration’s period against the organisation’s own norm', async () => {
    const person = (
      await addExpert({
        name: 'Uren Teller',
        registrationExpiresOn: daysFromToday(60),
        skjNumber: '110 012 345',
        skjExpiresOn: daysFromToday(400),
        trainingNlqf: 6,
        trainingRoute: 'certificate',
        jobTitle: 'Ervaringsdeskundig begeleider',
        salaryScale: 'FWG 45',
        jobAddendum: true,
      })
    ).json();
    expect(person).toMatchObject({
      skjNumber: '110012345',
      trainingNlqf: 6,
      trainingRoute: 'certificate',
      jobTitle: 'Ervaringsdeskundig begeleider',
      salaryScale: 'FWG 45',
      jobAddendum: true,
    });
    const log = (hours: unknown) =>
      s.api(s.as.coordinator, 'POST', `/registry/people/${person.id}/logs`, {
        kind: 'supervision',
        heldOn: daysFromToday(-10),
        setting: 'external',
        hours,
      });
    expect((await log(2.5)).statusCode).toBe(201);
    const refused = await log(-1);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().details.map((d: { field: string }) => d.field)).toContain('body.hours');
    const detail = (await s.api(s.as.coordinator, 'GET', `/registry/people/${person.id}`)).json();
    expect(detail.logs).toHaveLength(1);
    expect(
      detail.periods.map((p: { register: string; hours: number; norm: number }) => [
        p.register,
        p.hours,
        p.norm,
      ]),
    ).toEqual([
      ['registerplein', 2.5, 40],
      ['skj', 2.5, 40],
    ]);
    expect(detail.signals.map((s: { key: string }) => s.key)).toContain('reflectionHoursShort');
    // The organisation lowers its own norm: the hours now suffice.
    const settings = (await s.api(s.as.coordinator, 'GET', '/registry/settings')).json();
    const lower = {
      ...settings.norms,
      registerplein: { periodMonths: 60, reflectionHours: 2 },
      skj: { periodMonths: 12, reflectionHours: 2 },
    };
    const saved = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: settings.version,
      rolesRequiringRegistration: settings.rolesRequiringRegistration,
      rolesRequiringTraining: settings.rolesRequiringTraining,
      norms: lower,
      levelsPresent: settings.levelsPresent,
    });
    expect(saved.statusCode).toBe(200);
    const after = (await s.api(s.as.coordinator, 'GET', `/registry/people/${person.id}`)).json();
    expect(after.signals.map((s: { key: string }) => s.key)).not.toContain('reflectionHoursShort');
    const list = (await s.api(s.as.coordinator, 'GET', '/registry/signals')).json();
    const listed = list.people.find((p: { id: string }) => p.id === person.id);
    expect(listed?.signals.map((s: { key: string }) => s.key) ?? []).not.toContain('reflectionHoursShort');
    await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: saved.json().version,
      rolesRequiringRegistration: settings.rolesRequiringRegistration,
      rolesRequiringTraining: settings.rolesRequiringTraining,
      norms: defaultRegistryNorms,
      levelsPresent: registryLevelKeys,
    });
    await s.api(s.as.coordinator, 'DELETE', `/registry/people/${person.id}`);
  });

  it('refuses a negative norm with a message on the field, and changes nothing', async () => {
    const settings = (await s.api(s.as.coordinator, 'GET', '/registry/settings')).json();
    const res = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: settings.version,
      rolesRequiringRegistration: settings.rolesRequiringRegistration,
      rolesRequiringTraining: [],
      norms: { ...settings.norms, skj: { periodMonths: 60, reflectionHours: -4 } },
      levelsPresent: settings.levelsPresent,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toContain(
      'body.norms.skj.reflectionHours',
    );
    expect((await s.api(s.as.coordinator, 'GET', '/registry/settings')).json()).toEqual(settings);
  });

  it('answers in Dutch by default and in English when asked', async () => {
    const res = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/registry/people`,
      payload: expert({ hoursPerWeek: -1 }),
      headers: { 'accept-language': 'en' },
    });
    expect(res.json().message).toMatch(/not valid/);
  });

  it('refuses a team, member account or person of another organisation', async () => {
    const withTeam = await addExpert({ teamId: s.other.teams.a.id });
    expect(withTeam.statusCode).toBe(400);
    const withMember = await addExpert({ membershipId: s.other.members.expert.membershipId });
    expect(withMember.statusCode).toBe(400);
    const theirs = (
      await s.api(s.otherAs.coordinator, 'POST', '/registry/people', expert({ name: 'Buurvrouw' }), {
        orgId: s.other.id,
      })
    ).json();
    expect((await s.api(s.as.coordinator, 'GET', `/registry/people/${theirs.id}`)).statusCode).toBe(404);
    expect(
      (await s.api(s.as.coordinator, 'PATCH', `/registry/people/${theirs.id}`, { ...expert(), version: 1 }))
        .statusCode,
    ).toBe(404);
    const leading = await s.api(s.as.coordinator, 'POST', '/activities', {
      activityKey: 'walkingGroups',
      phases: ['recovery'],
      leaderPersonIds: [theirs.id],
    });
    expect(leading.statusCode).toBe(400);
    expect(leading.json().message).toMatch(/register/);
  });

  it('lets an expert see and edit only their own record and log a supervision session', async () => {
    const own = (
      await addExpert({ name: 'Eigen Expert', membershipId: s.org.members.expert.membershipId })
    ).json();
    const someoneElse = (await addExpert({ name: 'Ander' })).json();
    expect((await s.api(s.as.expert, 'GET', '/registry/me')).json()).toEqual({ personId: own.id });
    expect((await s.api(s.as.expert, 'GET', `/registry/people/${someoneElse.id}`)).statusCode).toBe(404);
    expect((await s.api(s.as.expert, 'GET', '/registry/people')).statusCode).toBe(403);
    const logged = await s.api(s.as.expert, 'POST', `/registry/people/${own.id}/logs`, {
      kind: 'supervision',
      heldOn: daysFromToday(-3),
      setting: 'external',
    });
    expect(logged.statusCode).toBe(201);
    const detail = (await s.api(s.as.expert, 'GET', `/registry/people/${own.id}`)).json();
    expect(detail.logs).toHaveLength(1);
    expect(detail.person.lastReflectionOn).toBe(daysFromToday(-3));
    expect(detail.signals.map((s: { key: string }) => s.key)).not.toContain('noReflection');
    // The expert edits their own record but cannot unlink or relink the account.
    const saved = await s.api(s.as.expert, 'PATCH', `/registry/people/${own.id}`, {
      ...expert({ name: 'Eigen Expert', hoursPerWeek: 20, membershipId: null }),
      version: 1,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      hoursPerWeek: 20,
      membershipId: s.org.members.expert.membershipId,
      version: 2,
    });
    expect(
      (
        await s.api(s.as.expert, 'POST', `/registry/people/${someoneElse.id}/logs`, {
          kind: 'intervision',
          heldOn: '2026-01-01',
          setting: 'internal',
        })
      ).statusCode,
    ).toBe(404);
    // Deleting the session brings the signal back.
    await s.api(s.as.expert, 'DELETE', `/registry/people/${own.id}/logs/${logged.json().id}`);
    const after = (await s.api(s.as.expert, 'GET', `/registry/people/${own.id}`)).json();
    expect(after.person.lastReflectionOn).toBeNull();
  });

  it('refuses a stale save with 409 and the current record', async () => {
    const person = (await addExpert({ name: 'Versie' })).json();
    expect(
      (
        await s.api(s.as.coordinator, 'PATCH', `/registry/people/${person.id}`, {
          ...expert({ name: 'Een' }),
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    const stale = await s.api(s.as.coordinator, 'PATCH', `/registry/people/${person.id}`, {
      ...expert({ name: 'Twee' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Een', version: 2 });
  });

  it('shows coverage to every role, as aggregates', async () => {
    await addExpert({ name: 'Bestuurder', levels: ['board'], phases: [], roles: ['policyRole'] });
    const res = await s.api(s.as.team_manager, 'GET', '/registry/coverage');
    expect(res.statusCode).toBe(200);
    const coverage = res.json();
    expect(coverage.levels.find((row: { key: string }) => row.key === 'board').total).toBeGreaterThanOrEqual(
      1,
    );
    expect(coverage.aim.levelsMissing).toContain('policy');
    expect(coverage.aim.levelsMissing).toContain('worksCouncil');
    expect(coverage.aim.met).toBe(false);
    // An organisation without a works council: the aim no longer asks for one.
    const settings = (await s.api(s.as.coordinator, 'GET', '/registry/settings')).json();
    const fewer = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      ...settings,
      levelsPresent: settings.levelsPresent.filter((level: string) => level !== 'worksCouncil'),
    });
    expect(fewer.statusCode).toBe(200);
    const after = (await s.api(s.as.coordinator, 'GET', '/registry/coverage')).json();
    expect(after.aim.levelsPresent).not.toContain('worksCouncil');
    expect(after.aim.levelsMissing).not.toContain('worksCouncil');
    await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      ...settings,
      version: fewer.json().version,
    });
    expect(JSON.stringify(coverage)).not.toContain('Bestuurder');
  });

  it('imports nothing from a file with a bad row and reports each error; imports all once fixed', async () => {
    const before = await peopleCount();
    const header =
      'naam;soort;rollen;fasen;niveaus;team;dienstverband;uren_per_week;registratienummer;registratie_geldig_tot;opleiding_erkend;uitzondering_opleiding';
    const rows = [
      'Import Een;ervaringsdeskundige;Maatje;recovery;Uitvoering;Team A;vrijwilliger;8;;;nee;In opleiding',
      'Import Twee;medewerker;Inbreng eigen ervaring in de begeleiding;safety;Team;;betaald;-5;12AB;2027-01-01;;',
      'Import Drie;ervaringsdeskundige;trainer;riskManagement;Beleid;Team B;betaald;16;461012345;2027-06-30;ja;',
    ];
    const bad = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/registry/import`,
      ...multipart('register.csv', [header, ...rows].join('\n')),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { row: 3, column: 'uren_per_week', messageKey: 'negativeHours' },
      { row: 3, column: 'registratienummer', messageKey: 'registrationNumberFormat' },
    ]);
    expect(await peopleCount()).toBe(before);

    const fixed = rows.map((row) => row.replace(';-5;12AB;', ';12;461054321;'));
    const good = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/registry/import`,
      ...multipart('register.csv', [header, ...fixed].join('\n')),
    });
    expect(good.statusCode).toBe(201);
    expect(good.json()).toEqual({ imported: 3 });
    expect(await peopleCount()).toBe(before + 3);
    const audit = await s.t.database.db.select().from(auditLog).where(eq(auditLog.orgId, s.org.id));
    expect(audit.map((entry) => entry.action)).toContain('registry.imported');
  });

  it('exports CSV and XLSX that import again, formula-safe, and logs each export', async () => {
    await addExpert({ name: '=HYPERLINK("x")', registrationNumber: null, registrationExpiresOn: null });
    const csv = await s.api(s.as.coordinator, 'GET', '/registry/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('naam,soort,rollen');
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    const xlsx = await s.api(s.as.coordinator, 'GET', '/registry/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Register', 'Activiteiten']);
    const names = workbook.worksheets[0]?.getColumn(1).values.map(String) ?? [];
    expect(names).toContain(`'=HYPERLINK("x")`);
    // The XLSX export imports again into another organisation with the same teams.
    const again = await s.injectAs(s.otherAs.coordinator, {
      method: 'POST',
      url: `/api/organisations/${s.other.id}/registry/import`,
      ...multipart(
        'register.xlsx',
        xlsx.rawPayload,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ),
    });
    expect(again.statusCode, again.body).toBe(201);
    const audit = await s.t.database.db.select().from(auditLog).where(eq(auditLog.orgId, s.org.id));
    expect(audit.filter((entry) => entry.action === 'registry.exported')).toHaveLength(2);
  });

  it('keeps activities with reach as counts per quarter', async () => {
    const leader = (await addExpert({ name: 'Groepsleider' })).json();
    const made = await s.api(s.as.coordinator, 'POST', '/activities', {
      activityKey: 'recoveryGroups',
      phases: ['recovery'],
      leaderPersonIds: [leader.id],
    });
    expect(made.statusCode).toBe(201);
    const activity = made.json();
    const split = { adults: 6, children: 3, partners: 1, network: 1 };
    const reach = await s.api(s.as.coordinator, 'POST', `/activities/${activity.id}/reach`, {
      quarter: '2026-Q1',
      ...split,
      sessions: 10,
    });
    expect(reach.json().reach).toEqual([{ quarter: '2026-Q1', participants: 11, ...split, sessions: 10 }]);
    const corrected = await s.api(s.as.coordinator, 'POST', `/activities/${activity.id}/reach`, {
      quarter: '2026-Q1',
      ...split,
      adults: 7,
    });
    expect(corrected.json().reach).toEqual([
      { quarter: '2026-Q1', participants: 12, ...split, adults: 7, sessions: null },
    ]);
    // A count that is not whole, a negative one, a typed quarter, or names: refused per field, nothing changes.
    for (const [change, field, message] of [
      [{ children: 2.5 }, 'body.children', /heel getal/],
      [{ partners: -1 }, 'body.partners', /negatief/],
      [{ quarter: 'voorjaar 2026' }, 'body.quarter', /uit de lijst/],
      [{ names: ['Eva'] }, 'body', /.+/],
    ] as const) {
      const refused = await s.api(s.as.coordinator, 'POST', `/activities/${activity.id}/reach`, {
        quarter: '2026-Q1',
        ...split,
        ...change,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().details.find((d: { field: string }) => d.field === field)?.message).toMatch(
        message,
      );
    }
    expect((await s.api(s.as.coordinator, 'GET', '/activities')).json().activities[0].reach[0]).toMatchObject(
      {
        participants: 12,
        adults: 7,
      },
    );
    const wrongOrder = await s.api(s.as.coordinator, 'PATCH', `/activities/${activity.id}`, {
      version: 1,
      activityKey: 'recoveryGroups',
      phases: ['recovery'],
      startsOn: '2026-05-01',
      endsOn: '2026-01-01',
    });
    expect(wrongOrder.statusCode).toBe(400);
    const list = (await s.api(s.as.expert, 'GET', '/activities')).json().activities;
    expect(list.find((a: { id: string }) => a.id === activity.id).leaders).toEqual([
      { id: leader.id, name: 'Groepsleider' },
    ]);
    expect(
      (
        await s.api(s.as.expert, 'POST', '/activities', {
          activityKey: 'walkingGroups',
          phases: ['recovery'],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets the organisation choose which roles require registration', async () => {
    const person = (
      await addExpert({
        name: 'Trainer Zonder',
        roles: ['trainer'],
        registrationNumber: null,
        registrationExpiresOn: null,
      })
    ).json();
    const keys = async () =>
      (await s.api(s.as.coordinator, 'GET', `/registry/people/${person.id}`))
        .json()
        .signals.map((s: { key: string }) => s.key);
    expect(await keys()).not.toContain('registrationRequired');
    const settings = (await s.api(s.as.coordinator, 'GET', '/registry/settings')).json();
    expect(settings.rolesRequiringRegistration).toEqual([
      'recoveryCoach',
      'supportWorker',
      'recoveryGroupLeader',
    ]);
    const saved = await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
      version: settings.version,
      rolesRequiringRegistration: ['trainer'],
      rolesRequiringTraining: [],
      norms: defaultRegistryNorms,
      levelsPresent: registryLevelKeys,
    });
    expect(saved.json().version).toBe(settings.version + 1);
    expect(await keys()).toContain('registrationRequired');
    expect(
      (
        await s.api(s.as.coordinator, 'PATCH', '/registry/settings', {
          version: settings.version,
          rolesRequiringRegistration: [],
          rolesRequiringTraining: [],
          norms: defaultRegistryNorms,
          levelsPresent: registryLevelKeys,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('feeds the roadmap: registry facts and the step-3 advice', async () => {
    const overview = (await s.api(s.as.coordinator, 'GET', '/roadmap')).json();
    expect(overview.registryFacts.experts).toBeGreaterThan(0);
    expect(overview.registryFacts.levelsCovered).toBeGreaterThanOrEqual(3);
    expect(overview.advice.facts.length).toBeGreaterThan(0);
    const embedding = overview.steps.find((s: { stepKey: string }) => s.stepKey === 'embedding');
    expect(embedding.registryChecks.map((c: { key: string }) => c.key)).toEqual([
      'structuralFunding',
      'registration',
    ]);
  });

  it('removes people who stopped longer ago than the retention period, with their logs', async () => {
    const person = async (name: string, endedOn: string) =>
      (await addExpert({ name, startedOn: daysFromToday(-2000), endedOn })).json();
    const longGone = await person('Lang Geleden', daysFromToday(-731));
    const recent = await person('Net Gestopt', daysFromToday(-100));
    const logged = await s.api(s.as.coordinator, 'POST', `/registry/people/${longGone.id}/logs`, {
      kind: 'intervision',
      heldOn: daysFromToday(-800),
      setting: 'internal',
    });
    expect(logged.statusCode).toBe(201);
    const activity = (
      await s.api(s.as.coordinator, 'POST', '/activities', {
        activityKey: 'walkingGroups',
        phases: ['recovery'],
        leaderPersonIds: [longGone.id, recent.id],
      })
    ).json();

    const removed = await enforceRetention(s.t.database.db, defaultRetention);
    expect(removed.endedRegistryPeople).toBeGreaterThanOrEqual(1);
    expect((await s.api(s.as.coordinator, 'GET', `/registry/people/${longGone.id}`)).statusCode).toBe(404);
    expect((await s.api(s.as.coordinator, 'GET', `/registry/people/${recent.id}`)).statusCode).toBe(200);
    const logs = await queryRows(
      s.t.database,
      sql`select id from registry_logs where person_id = ${longGone.id}`,
    );
    expect(logs).toEqual([]);
    const activities = (await s.api(s.as.coordinator, 'GET', '/activities')).json().activities;
    const led = activities.find((a: { id: string }) => a.id === activity.id);
    expect(led.leaders.map((l: { id: string }) => l.id)).toEqual([recent.id]);
  });
});
