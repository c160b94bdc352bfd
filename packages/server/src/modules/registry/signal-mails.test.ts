import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday, queryRows, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { myRecordPath, sendDueSignalMails } from './signal-mail-job.ts';

const person = (extra: object) => ({
  kind: 'expert',
  roles: ['recoveryCoach'],
  phases: ['recovery'],
  levels: ['practice'],
  employment: 'paid',
  fundingSource: 'structural',
  trainingRecognised: true,
  // New: no intervisie yet is no signal, so the registration is the one signal.
  startedOn: daysFromToday(-10),
  ...extra,
});

describe.each(testDatabases)('signal mails on $name', ({ target }) => {
  const s = organisationSuite(target, { other: 'Andere' });
  let ownId: string;
  let otherPersonId: string;
  const publicUrl = 'https://derde-bron.test';
  const runJob = () => sendDueSignalMails(s.t.database.db, s.t.secretBox, s.t.app.jobs, publicUrl);
  const mailsTo = (email: string) => s.t.mails.filter((mail) => mail.to === email);

  beforeAll(async () => {
    const own = await s.api(
      s.as.coordinator,
      'POST',
      '/registry/people',
      person({
        name: 'Anna de Vries',
        membershipId: s.org.members.expert.membershipId,
        registrationNumber: '461012345',
        registrationExpiresOn: daysFromToday(30),
      }),
    );
    expect(own.statusCode).toBe(201);
    ownId = own.json().id;
    const elsewhere = await s.otherApi(
      s.otherAs.coordinator,
      'POST',
      '/registry/people',
      person({ name: 'Elders', membershipId: s.other.members.expert.membershipId }),
    );
    expect(elsewhere.statusCode).toBe(201);
    otherPersonId = elsewhere.json().id;
  });

  it('is off until the expert herself turns it on', async () => {
    const before = await s.api(s.as.expert, 'GET', `/registry/people/${ownId}`);
    expect(before.json().person.signalMails).toBe(false);
    await runJob();
    expect(mailsTo(s.org.members.expert.email)).toHaveLength(0);

    const on = await s.api(s.as.expert, 'PUT', `/registry/people/${ownId}/signal-mails`, { enabled: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toEqual({ enabled: true });
    const after = await s.api(s.as.expert, 'GET', `/registry/people/${ownId}`);
    expect(after.json().person.signalMails).toBe(true);
  });

  it('refuses a coordinator (403) and another organisation (404), and unknown fields', async () => {
    const byCoordinator = await s.api(s.as.coordinator, 'PUT', `/registry/people/${ownId}/signal-mails`, {
      enabled: false,
    });
    expect(byCoordinator.statusCode).toBe(403);
    expect(byCoordinator.json().message).toContain('Alleen de persoon zelf');
    const elsewhere = await s.api(s.as.expert, 'PUT', `/registry/people/${otherPersonId}/signal-mails`, {
      enabled: true,
    });
    expect(elsewhere.statusCode).toBe(404);
    const extra = await s.api(s.as.expert, 'PUT', `/registry/people/${ownId}/signal-mails`, {
      enabled: true,
      everyone: true,
    });
    expect(extra.statusCode).toBe(400);
    const still = await s.api(s.as.expert, 'GET', `/registry/people/${ownId}`);
    expect(still.json().person.signalMails).toBe(true);
  });

  it('mails her once about her expiring registration', async () => {
    await runJob();
    const mails = mailsTo(s.org.members.expert.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Registerplein');
    expect(mails[0]?.text).toContain(`${publicUrl}${myRecordPath}`);
    expect(mails[0]?.text).toContain('Your Registerplein registration expires');

    await runJob();
    expect(mailsTo(s.org.members.expert.email)).toHaveLength(1);
  });

  it('mails again when the date changes (a renewed registration that expires again)', async () => {
    await queryRows(
      s.t.database,
      sql`update registry_people set registration_expires_on = ${daysFromToday(60)} where id = ${ownId}`,
    );
    await runJob();
    expect(mailsTo(s.org.members.expert.email)).toHaveLength(2);
    const rows = await queryRows(
      s.t.database,
      sql`select signal_key, signal_date from registry_signal_mails where person_id = ${ownId} order by signal_date`,
    );
    expect(rows).toEqual([
      { signal_key: 'registrationExpiring', signal_date: daysFromToday(30) },
      { signal_key: 'registrationExpiring', signal_date: daysFromToday(60) },
    ]);
  });

  it('logs the change in the audit log', async () => {
    const rows = await queryRows(
      s.t.database,
      sql`select details from audit_log where org_id = ${s.org.id} and action = 'registry.signalMailsChanged' and target_id = ${ownId}`,
    );
    expect(rows).toEqual([{ details: { enabled: true } }]);
  });

  it('mails nobody who did not opt in', async () => {
    await runJob();
    expect(mailsTo(s.other.members.expert.email)).toHaveLength(0);
    expect(mailsTo(s.org.members.coordinator.email)).toHaveLength(0);
  });
});
