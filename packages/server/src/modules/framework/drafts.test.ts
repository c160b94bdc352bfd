import { frameworkV1 } from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  frameworkVersionTwo,
  type Method,
  ownerRows,
  type TestSession,
  testDatabases,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { publishBundledFrameworks } from './publish-bundled.ts';

describe.each(testDatabases)('framework drafts and publishing on $name', ({ target }) => {
  // Publishing is for every organisation: on a server it gets a database of its own.
  const s = organisationSuite(target, { ownDatabase: true, networkAdmin: true });
  let draftId: string;
  const send = (session: TestSession | null, method: Method, url: string, payload?: object) =>
    session
      ? s.injectAs(session, { method, url: `/api/framework${url}`, ...(payload ? { payload } : {}) })
      : s.t.app.inject({ method, url: `/api/framework${url}`, ...(payload ? { payload } : {}) });

  it('lets only the network admin draft', async () => {
    expect((await send(null, 'GET', '/drafts')).statusCode).toBe(401);
    expect((await send(s.as.coordinator, 'GET', '/drafts')).statusCode).toBe(403);
    expect((await send(s.as.coordinator, 'POST', '/drafts', {})).statusCode).toBe(403);
  });

  it('starts a draft as a copy of the current version', async () => {
    const made = await send(s.networkAdmin, 'POST', '/drafts', {});
    expect(made.statusCode).toBe(201);
    const draft = made.json();
    expect(draft).toMatchObject({ basedOn: 1, version: 1 });
    expect(draft.content).toEqual(frameworkV1);
    draftId = draft.id;
    expect(
      (await send(s.networkAdmin, 'GET', '/drafts')).json().drafts.map((d: { id: string }) => d.id),
    ).toContain(draftId);
  });

  it('refuses a bad draft with every problem named, and keeps the draft as it was', async () => {
    const bad = structuredClone(frameworkV1) as unknown as {
      steps: Array<Record<string, unknown> & { items: Array<Record<string, unknown>> }>;
    };
    const [first, second] = bad.steps;
    if (!first || !second) throw new Error('steps exist');
    (first.items[0]?.title as { nl?: string }).nl = undefined;
    second.items.push({ ...second.items[0] });
    bad.steps.push({
      items: [{ key: 'orphan', number: 1, title: { nl: 'x', en: 'x' }, text: { nl: 'x', en: 'x' } }],
    });
    const res = await send(s.networkAdmin, 'PUT', `/drafts/${draftId}`, { version: 1, content: bad });
    expect(res.statusCode).toBe(400);
    const fields = res.json().details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.content.steps.0.items.0.title.nl',
        `body.content.steps.1.items.${second.items.length - 1}.key`,
        'body.content.steps.6.key',
      ]),
    );
    const duplicate = res
      .json()
      .details.find(
        (d: { field: string }) => d.field === `body.content.steps.1.items.${second.items.length - 1}.key`,
      );
    expect(duplicate.message).toContain('sleutel');
    expect((await send(s.networkAdmin, 'POST', '/drafts', { content: bad })).statusCode).toBe(400);
    const kept = (await send(s.networkAdmin, 'GET', `/drafts/${draftId}`)).json();
    expect(kept.version).toBe(1);
    expect(kept.content).toEqual(frameworkV1);
    expect((await send(null, 'GET', '/versions')).json().versions).toHaveLength(1);
  });

  it('saves with optimistic concurrency and shows the difference by key', async () => {
    const saved = await send(s.networkAdmin, 'PUT', `/drafts/${draftId}`, {
      version: 1,
      content: frameworkVersionTwo(),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    const stale = await send(s.networkAdmin, 'PUT', `/drafts/${draftId}`, {
      version: 1,
      content: frameworkV1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(2);

    const { against, diff } = (await send(s.networkAdmin, 'GET', `/drafts/${draftId}/diff`)).json();
    expect(against).toBe(1);
    expect(diff.added.map((i: { key: string }) => i.key)).toEqual(['clientCouncil']);
    expect(diff.removed.map((i: { key: string }) => i.key)).toEqual(['jobStructure']);
    expect(diff.renamed).toEqual([
      expect.objectContaining({ key: 'vision', to: { nl: 'Visie en missie', en: 'Vision and mission' } }),
    ]);
  });

  it('imports a version as JSON into a new draft', async () => {
    const imported = await send(s.networkAdmin, 'POST', '/drafts', { content: frameworkVersionTwo() });
    expect(imported.statusCode).toBe(201);
    expect(imported.json().content).toEqual(frameworkVersionTwo());
    expect((await send(s.networkAdmin, 'DELETE', `/drafts/${imported.json().id}`)).statusCode).toBe(204);
    expect((await send(s.networkAdmin, 'GET', `/drafts/${imported.json().id}`)).statusCode).toBe(404);
  });

  it('publishes the draft as version 2, logs it, and the new version is current at once', async () => {
    expect(
      (await send(s.networkAdmin, 'POST', `/drafts/${draftId}/publish`, { version: 1 })).statusCode,
    ).toBe(409);
    const res = await send(s.networkAdmin, 'POST', `/drafts/${draftId}/publish`, { version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    const current = (await send(null, 'GET', '')).json();
    expect(current.version).toBe(2);
    expect(current.content).toEqual(frameworkVersionTwo());
    expect((await send(s.networkAdmin, 'GET', `/drafts/${draftId}`)).statusCode).toBe(404);
    const [logged] = await ownerRows(
      s.t.database,
      sql`SELECT action, details FROM audit_log WHERE action = 'framework.published'`,
    );
    expect(logged?.details).toEqual({ version: 2, previous: 1 });
  });

  it('never changes a published version: the database refuses updates and deletes', async () => {
    await expect(
      s.t.database.owner.execute(sql`UPDATE framework_versions SET content = '{}'::jsonb WHERE version = 2`),
    ).rejects.toThrow();
    await expect(
      s.t.database.owner.execute(sql`DELETE FROM framework_versions WHERE version = 2`),
    ).rejects.toThrow();
    // A start after it still brings the bundled version in line, and leaves version 2 alone.
    await publishBundledFrameworks(s.t.database.db);
    const [row] = await ownerRows(
      s.t.database,
      sql`SELECT content FROM framework_versions WHERE version = 2`,
    );
    expect(row?.content).toEqual(frameworkVersionTwo());
  });
});
