import {
  createJournalKeys,
  type JournalDataKey,
  type JournalKeyMaterial,
  JournalLockedError,
  openEntry,
  rewrapForNewPassphrase,
  sealEntry,
  todayIso,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type OrgClient, ownerRows, type TestSession, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

const passphrase = 'de zee is vandaag grijs en kalm';
const words = ['Zeemeeuw', 'vuurtorenwachter', 'Kaneelstokje'];
const firstText = `Vandaag dacht ik aan de ${words[0]} en de ${words[1]}.`;
const secondText = `Een lange dag. ${words[2]} in de thee.`;

describe.each(testDatabases)('reflection journal on $name', ({ target }) => {
  const s = organisationSuite(target, {
    label: 'Dagboek',
    other: 'Buren',
    prefix: '/journal',
    networkAdmin: true,
  });
  let recoveryKey: string;
  let dataKey: JournalDataKey;
  let firstId: string;
  /** Every answer the API gave in this file, to search for keys and plain text at the end. */
  const answers: string[] = [];
  const call = async (
    session: TestSession,
    method: Parameters<OrgClient>[1],
    path: string,
    body?: object,
  ) => {
    const res = await s.api(session, method, path, body);
    answers.push(res.body);
    return res;
  };

  it('has no journal before set-up, and refuses a set-up that is not wrapped keys', async () => {
    const res = await call(s.as.expert, 'GET', '');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ journal: null });
    expect((await call(s.as.expert, 'GET', '/entries')).json()).toEqual({ entries: [] });
    const { material } = await createJournalKeys(passphrase, 1000);
    for (const body of [
      { ...material }, // too few rounds
      { ...material, iterations: 600_000, passphraseKey: passphrase },
      { ...material, iterations: 600_000, dataKey: 'AAAA' },
    ]) {
      const refused = await call(s.as.expert, 'POST', '', body);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().details.length).toBeGreaterThan(0);
    }
    expect((await call(s.as.expert, 'GET', '')).json()).toEqual({ journal: null });
  });

  it('sets up a journal with only the wrapped keys, once', async () => {
    const made = await createJournalKeys(passphrase);
    recoveryKey = made.recoveryKey;
    dataKey = made.dataKey;
    const res = await call(s.as.expert, 'POST', '', made.material);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().journal).toEqual({ ...made.material, version: 1, entryCount: 0 });
    expect((await call(s.as.expert, 'POST', '', made.material)).statusCode).toBe(409);
    const actions = await ownerRows(
      s.t.database,
      sql`select action from audit_log where org_id = ${s.org.id}`,
    );
    expect(actions.map((r) => r.action)).toContain('journal.created');
  });

  it('keeps sealed entries with the day only, and gives them back to be opened in the browser', async () => {
    const first = await call(s.as.expert, 'POST', '/entries', {
      sealed: await sealEntry(dataKey, { text: firstText, readyToShare: false }),
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(Object.keys(first.json()).sort()).toEqual(['day', 'id', 'sealed', 'version']);
    expect(first.json().day).toBe(todayIso());
    firstId = first.json().id;
    const second = await call(s.as.expert, 'POST', '/entries', {
      sealed: await sealEntry(dataKey, { text: secondText, readyToShare: true }),
    });
    expect(second.statusCode).toBe(201);

    // Opened again as after signing in anew: the wrapped key from the server, the passphrase from her.
    const { journal } = (await call(s.as.expert, 'GET', '')).json();
    expect(journal.entryCount).toBe(2);
    const key = await unlockWithPassphrase(journal as JournalKeyMaterial, passphrase);
    const { entries } = (await call(s.as.expert, 'GET', '/entries')).json();
    const texts = await Promise.all(
      entries.map(
        async (e: { sealed: string }) => ((await openEntry(key, e.sealed)) as { text: string }).text,
      ),
    );
    expect(texts.sort()).toEqual([firstText, secondText].sort());
    const byRecovery = await unlockWithRecoveryKey(journal as JournalKeyMaterial, recoveryKey);
    expect(await openEntry(byRecovery, entries[0].sealed)).toBeTruthy();
    await expect(unlockWithPassphrase(journal as JournalKeyMaterial, 'een andere zin')).rejects.toThrow(
      JournalLockedError,
    );
  });

  it('refuses an entry in plain text or not padded to a bucket, and stores nothing', async () => {
    for (const sealed of [firstText, btoa(firstText), btoa('x'.repeat(1000))]) {
      const res = await call(s.as.expert, 'POST', '/entries', { sealed });
      expect(res.statusCode).toBe(400);
    }
    const extra = await call(s.as.expert, 'POST', '/entries', {
      sealed: await sealEntry(dataKey, { text: 'x' }),
      title: 'Mijn dag',
    });
    expect(extra.statusCode).toBe(400);
    expect((await call(s.as.expert, 'GET', '')).json().journal.entryCount).toBe(2);
  });

  it('replaces an entry with the version last seen; a stale one gets 409 with the current entry', async () => {
    const sealed = await sealEntry(dataKey, { text: `${firstText} Later meer.`, readyToShare: false });
    const saved = await call(s.as.expert, 'PUT', `/entries/${firstId}`, { sealed, version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(2);
    const stale = await call(s.as.expert, 'PUT', `/entries/${firstId}`, { sealed, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: firstId, version: 2 });
  });

  it('lets no one else reach her journal: colleagues, the org_admin, the network admin, another organisation', async () => {
    const sealed = await sealEntry(dataKey, { text: 'overschreven' });
    for (const session of [s.as.org_admin, s.as.coordinator]) {
      // Their own journal is empty; hers cannot be named.
      expect((await call(session, 'GET', '')).json()).toEqual({ journal: null });
      expect((await call(session, 'GET', '/entries')).json()).toEqual({ entries: [] });
      expect((await call(session, 'PUT', `/entries/${firstId}`, { sealed, version: 2 })).statusCode).toBe(
        404,
      );
      expect((await call(session, 'DELETE', `/entries/${firstId}`)).statusCode).toBe(404);
    }
    for (const session of [s.networkAdmin, s.otherAs.org_admin]) {
      for (const [method, path] of [
        ['GET', ''],
        ['GET', '/entries'],
        ['DELETE', `/entries/${firstId}`],
      ] as const) {
        const res = await s.injectAs(session, {
          method,
          url: `/api/organisations/${s.org.id}/journal${path}`,
        });
        answers.push(res.body);
        expect(res.statusCode).toBe(404);
      }
    }
    expect((await call(s.as.expert, 'GET', '')).json().journal.entryCount).toBe(2);
  });

  it('stores only ciphertext: the rows, the audit log and the organisation’s export hold no word of an entry', async () => {
    const rows = await ownerRows(s.t.database, sql`select * from journal_entries where org_id = ${s.org.id}`);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'day',
      'id',
      'journal_id',
      'org_id',
      'sealed',
      'version',
    ]);
    const dump = JSON.stringify([
      rows,
      await ownerRows(s.t.database, sql`select * from journals`),
      await ownerRows(s.t.database, sql`select * from audit_log where org_id = ${s.org.id}`),
    ]);
    const exported = await s.injectAs(s.as.org_admin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/export.json`,
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.json().tables.journals).toEqual([
      expect.objectContaining({ person: s.org.members.expert.name, encryptedEntries: 2 }),
    ]);
    for (const text of [dump, exported.body, ...answers])
      for (const secret of [...words, passphrase, recoveryKey]) expect(text).not.toContain(secret);
    for (const row of rows) expect(exported.body).not.toContain(String(row.sealed).slice(0, 40));
  });

  it('takes a new passphrase after the recovery key, with the version last seen', async () => {
    const { journal } = (await call(s.as.expert, 'GET', '')).json();
    const next = await rewrapForNewPassphrase(journal, recoveryKey, 'een nieuwe zin voor later');
    const saved = await call(s.as.expert, 'PUT', '/keys', { ...next, version: journal.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await call(s.as.expert, 'PUT', '/keys', { ...next, version: journal.version })).statusCode).toBe(
      409,
    );
    const key = await unlockWithPassphrase(saved.json().journal, 'een nieuwe zin voor later');
    const { entries } = (await call(s.as.expert, 'GET', '/entries')).json();
    expect(await openEntry(key, entries[0].sealed)).toBeTruthy();
  });

  it('deletes an entry, and logs that it did without its content', async () => {
    expect((await call(s.as.expert, 'DELETE', `/entries/${firstId}`)).statusCode).toBe(204);
    expect((await call(s.as.expert, 'DELETE', `/entries/${firstId}`)).statusCode).toBe(404);
    const logged = await ownerRows(
      s.t.database,
      sql`select action, details from audit_log where org_id = ${s.org.id} and action like 'journal.%'`,
    );
    expect(logged.map((r) => r.action)).toEqual(
      expect.arrayContaining(['journal.entryWritten', 'journal.entryDeleted', 'journal.keyChanged']),
    );
    for (const row of logged) expect(row.details).toEqual({});
  });

  it('deletes the journal at once when her account leaves the organisation', async () => {
    const removed = await s.injectAs(s.as.org_admin, {
      method: 'DELETE',
      url: `/api/organisations/${s.org.id}/members/${s.org.members.expert.membershipId}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await ownerRows(s.t.database, sql`select id from journals where org_id = ${s.org.id}`)).toEqual(
      [],
    );
    expect(
      await ownerRows(s.t.database, sql`select id from journal_entries where org_id = ${s.org.id}`),
    ).toEqual([]);
  });
});
