import { eq, sql } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyTopics } from '../../db/schema.ts';
import {
  type OrgClient,
  orgClient,
  type SeededOrganisation,
  seedTestOrganisation,
  type TestSession,
  testDatabases,
  withTenant,
} from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';
import { sharedItems, sharedItemVersions } from './table.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A minimal Word document whose body is `text`, split over two runs as Word does. */
function docx(text: string) {
  const half = Math.floor(text.length / 2);
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships/>'),
      'word/document.xml': strToU8(
        `<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Visie</w:t></w:r></w:p><w:p><w:r><w:t>${text.slice(0, half)}</w:t></w:r><w:r><w:t>${text.slice(half)}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    }),
  );
}

function documentForm(meta: object, name: string, content: Buffer) {
  const form = new FormData();
  form.append('meta', JSON.stringify(meta));
  form.append('file', new Blob([content]), name);
  return form;
}

const format = {
  kind: 'activityFormat',
  title: 'Herstelgroep in tien weken',
  summary: 'Een groep voor vrouwen na de opvang, met een vaste opbouw per week.',
  licence: 'CC BY 4.0',
  stepKey: 'professionalDevelopment',
  itemKey: 'education',
  phases: ['recovery'],
  audience: ['clients'],
};
const vision = {
  kind: 'visionDocument',
  title: 'Onze visie op ervaringsdeskundigheid',
  summary: 'Waarom en hoe wij ervaringskennis inzetten.',
  licence: 'CC BY 4.0',
  stepKey: 'supportAndVision',
  itemKey: 'vision',
};

describe.each(testDatabases)('kennisnetwerk on $name', ({ target }) => {
  // a shares, b finds, c stands outside.
  const s = organisationSuite(target, {
    label: 'Deler',
    other: 'Vinder',
    prefix: '/knowledge-network',
    networkAdmin: true,
  });
  let c: SeededOrganisation;
  let adminC: TestSession;
  let apiC: OrgClient;

  const share = (payload: object) => s.api(s.as.org_admin, 'POST', '/items', payload);
  const shareDocument = (form: FormData) => s.api(s.as.org_admin, 'POST', '/documents', form);
  const search = async (query = '') => {
    const res = await s.otherApi(s.otherAs.expert, 'GET', `/items${query}`);
    if (res.statusCode !== 200) throw new Error(res.body);
    return res.json();
  };

  beforeAll(async () => {
    c = await seedTestOrganisation(s.t, 'Buitenstaander');
    adminC = await s.sessionFor(c.members.org_admin.id);
    apiC = orgClient(s.t.app, c.id, { prefix: '/knowledge-network' });
    const person = await s.injectAs(s.as.org_admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/registry/people`,
      payload: { name: 'Anna de Vries', kind: 'staff', levels: ['practice'], employment: 'paid' },
    });
    expect(person.statusCode).toBe(201);
  });

  it('lets only an org_admin take part, and logs joining', async () => {
    expect((await s.api(s.as.org_admin, 'GET', '/membership')).json()).toEqual({ sharing: false });
    expect(
      (await s.otherApi(s.otherAs.coordinator, 'PUT', '/membership', { sharing: true })).statusCode,
    ).toBe(403);
    expect((await s.api(s.as.org_admin, 'PUT', '/membership', { sharing: true, extra: 1 })).statusCode).toBe(
      400,
    );
    expect((await s.api(s.as.org_admin, 'PUT', '/membership', { sharing: true })).json()).toEqual({
      sharing: true,
      withdrawn: 0,
    });
    expect((await s.otherApi(s.otherAs.org_admin, 'PUT', '/membership', { sharing: true })).statusCode).toBe(
      200,
    );
    const log = await s.injectAs(s.as.org_admin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/audit-log`,
    });
    expect(log.body).toContain('knowledgeNetwork.joined');
  });

  it('refuses sharing before the organisation takes part', async () => {
    const res = await apiC(adminC, 'POST', '/items', format);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/kennisnetwerk/);
  });

  it('shares an activity format that another member finds by step and copies into its activities', async () => {
    const shared = await share(format);
    expect(shared.statusCode).toBe(201);
    expect(shared.json()).toMatchObject({
      ownerName: s.org.name,
      status: 'shared',
      contentVersion: 1,
      licence: 'CC BY 4.0',
    });
    const found = await search('?stepKey=professionalDevelopment&kind=activityFormat');
    expect(found.items.map((item: { id: string }) => item.id)).toContain(shared.json().id);
    expect((await search('?stepKey=exploration')).items.map((item: { id: string }) => item.id)).not.toContain(
      shared.json().id,
    );
    expect((await search('?q=herstelgroep')).items.map((item: { id: string }) => item.id)).toContain(
      shared.json().id,
    );
    expect((await search('?phase=safety')).items.map((item: { id: string }) => item.id)).not.toContain(
      shared.json().id,
    );
    // An expert may find but not copy; a coordinator copies.
    const url = `/items/${shared.json().id}/copy-to-activities`;
    expect((await s.otherApi(s.otherAs.expert, 'POST', url)).statusCode).toBe(403);
    const copy = await s.otherApi(s.otherAs.coordinator, 'POST', url);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ target: 'activity', fromName: s.org.name, title: format.title });
    const own = await s.injectAs(s.otherAs.coordinator, {
      method: 'GET',
      url: `/api/organisations/${s.other.id}/activities`,
    });
    expect(own.json().activities).toContainEqual(
      expect.objectContaining({ id: copy.json().targetId, name: format.title, phases: ['recovery'] }),
    );
    expect((await s.otherApi(s.otherAs.expert, 'GET', '/copies')).json().copies[0]).toMatchObject({
      fromName: s.org.name,
    });
    // An organisation that does not take part finds nothing.
    expect((await apiC(adminC, 'GET', '/items')).json()).toEqual({ sharing: false, total: 0, items: [] });
  });

  it('warns about the names of the organisation’s own people before sharing, and shares once confirmed', async () => {
    const named = { ...format, title: 'Wandelgroep', summary: 'Begeleid door ANNA de Vries.' };
    const refused = await share(named);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ names: ['Anna de Vries'], textChecked: true });
    expect((await search('?q=wandelgroep')).total).toBe(0);
    expect((await share({ ...named, confirmNames: true })).statusCode).toBe(201);
  });

  it('checks an uploaded document’s text for names, asks to check a PDF, and versions a new upload', async () => {
    const withName = await shareDocument(
      documentForm(vision, 'visie.docx', docx('Opgesteld met Anna de Vries.')),
    );
    expect(withName.statusCode).toBe(422);
    expect(withName.json()).toMatchObject({ names: ['Anna de Vries'], textChecked: true });
    const unread = await shareDocument(documentForm(vision, 'visie.pdf', pdf));
    expect(unread.statusCode).toBe(422);
    expect(unread.json()).toMatchObject({ names: [], textChecked: false });
    const clean = await shareDocument(documentForm(vision, 'visie.docx', docx('Opgesteld door het team.')));
    expect(clean.statusCode).toBe(201);
    const item = clean.json();
    const found = await search('?stepKey=supportAndVision&kind=visionDocument');
    expect(found.items).toContainEqual(expect.objectContaining({ id: item.id, ownerName: s.org.name }));
    const download = await s.otherApi(s.otherAs.expert, 'GET', `/items/${item.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="visie.docx"/);
    const versionForm = () => {
      const form = new FormData();
      form.append('meta', JSON.stringify({ version: 1, confirmNames: true }));
      form.append('file', new Blob([pdf]), 'visie-2.pdf');
      return form;
    };
    const next = await s.api(s.as.org_admin, 'POST', `/items/${item.id}/versions`, versionForm());
    expect(next.statusCode).toBe(201);
    expect(next.json()).toMatchObject({ contentVersion: 2, version: 2 });
    const stale = await s.api(s.as.org_admin, 'POST', `/items/${item.id}/versions`, versionForm());
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });
    const detail = (await s.otherApi(s.otherAs.expert, 'GET', `/items/${item.id}`)).json();
    expect(detail.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(detail.own).toBe(false);
    expect((await s.otherApi(s.otherAs.expert, 'GET', `/items/${item.id}/file`)).rawPayload.equals(pdf)).toBe(
      true,
    );
  });

  it('refuses bad input per field, in Dutch, and stores nothing', async () => {
    const before = (await search()).total;
    const wrongItem = await share({ ...format, stepKey: 'exploration' });
    expect(wrongItem.statusCode).toBe(400);
    expect(wrongItem.json().details).toContainEqual(
      expect.objectContaining({ field: 'body.itemKey', message: expect.stringMatching(/stap/) }),
    );
    expect((await share({ ...format, ownerName: 'iemand anders' })).statusCode).toBe(400);
    expect((await share({ ...format, audience: [] })).statusCode).toBe(400);
    const badMeta = await shareDocument(documentForm({ ...vision, kind: 'recipe' }, 'visie.pdf', pdf));
    expect(badMeta.statusCode).toBe(400);
    expect(badMeta.json().details[0].field).toBe('meta.kind');
    const noMeta = new FormData();
    noMeta.append('file', new Blob([pdf]), 'visie.pdf');
    expect((await shareDocument(noMeta)).statusCode).toBe(400);
    const program = await shareDocument(
      documentForm(vision, 'visie.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 1)])),
    );
    expect(program.statusCode).toBe(400);
    expect((await search()).total).toBe(before);
  });

  it('shares only a closed policy topic, and a copy lands on the other board with a note where it came from', async () => {
    const topic = await s.injectAs(s.as.org_admin, {
      method: 'POST',
      url: `/api/organisations/${s.org.id}/roadmap/policy-topics`,
      payload: { title: 'Nazorg na de opvang' },
    });
    const topicId = topic.json().id;
    const input = {
      kind: 'policyTopic',
      title: 'Nazorg na de opvang',
      licence: 'CC BY 4.0',
      policyTopicId: topicId,
    };
    expect((await share(input)).statusCode).toBe(400);
    await withTenant(s.t.database.db, s.org.id, (tx) =>
      tx
        .update(policyTopics)
        .set({
          closedAt: new Date(),
          phase: 'evaluate',
          notes: { unlock: 'Wat vrouwen missen', evaluate: 'Werkt goed' },
        })
        .where(eq(policyTopics.id, topicId)),
    );
    const shared = await share(input);
    expect(shared.statusCode).toBe(201);
    // Another organisation's topic id is not found, as any unknown id.
    expect((await s.otherApi(s.otherAs.org_admin, 'POST', '/items', input)).statusCode).toBe(404);
    const copy = await s.otherApi(
      s.otherAs.coordinator,
      'POST',
      `/items/${shared.json().id}/copy-to-policy-topics`,
    );
    expect(copy.statusCode).toBe(201);
    const board = await s.injectAs(s.otherAs.coordinator, {
      method: 'GET',
      url: `/api/organisations/${s.other.id}/roadmap/policy-topics`,
    });
    const made = board.body;
    expect(made).toContain('Nazorg na de opvang');
    expect(made).toContain(`Overgenomen van ${s.org.name}`);
    expect(made).toContain('Werkt goed');
    expect(
      (await s.otherApi(s.otherAs.coordinator, 'POST', `/items/${shared.json().id}/copy-to-activities`))
        .statusCode,
    ).toBe(400);
  });

  it('hides a withdrawn item at once: not in the search, not by id, not its file, not in the database', async () => {
    const made = (await share({ ...format, title: 'Lotgenotencontact' })).json();
    expect(
      (await s.otherApi(s.otherAs.org_admin, 'POST', `/items/${made.id}/withdraw`, { version: made.version }))
        .statusCode,
    ).toBe(404);
    expect(
      (await s.api(s.as.org_admin, 'POST', `/items/${made.id}/withdraw`, { version: 99 })).statusCode,
    ).toBe(409);
    const withdrawn = await s.api(s.as.org_admin, 'POST', `/items/${made.id}/withdraw`, {
      version: made.version,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await search('?q=lotgenotencontact')).total).toBe(0);
    expect((await s.otherApi(s.otherAs.expert, 'GET', `/items/${made.id}`)).statusCode).toBe(404);
    expect((await s.otherApi(s.otherAs.expert, 'GET', `/items/${made.id}/file`)).statusCode).toBe(404);
    expect(
      (await s.otherApi(s.otherAs.coordinator, 'POST', `/items/${made.id}/copy-to-activities`)).statusCode,
    ).toBe(404);
    // The owner still sees it among its own, withdrawn.
    expect((await s.api(s.as.org_admin, 'GET', '/own-items')).json().items).toContainEqual(
      expect.objectContaining({ id: made.id, status: 'withdrawn' }),
    );
    // As the tenant role of B, the database itself holds back the row and its versions.
    const rows = await withTenant(s.t.database.db, s.other.id, (tx) =>
      tx.select().from(sharedItems).where(eq(sharedItems.id, made.id)),
    );
    expect(rows).toEqual([]);
    const versions = await withTenant(s.t.database.db, s.other.id, (tx) =>
      tx.select().from(sharedItemVersions).where(eq(sharedItemVersions.itemId, made.id)),
    );
    expect(versions).toEqual([]);
    const log = await s.injectAs(s.as.org_admin, {
      method: 'GET',
      url: `/api/organisations/${s.org.id}/audit-log`,
    });
    expect(log.body).toContain('knowledgeNetwork.withdrawn');
    expect(log.body).toContain('knowledgeNetwork.shared');
  });

  it('shows a tenant that does not take part no row of others, and never lets it write one', async () => {
    const visible = await withTenant(s.t.database.db, c.id, (tx) =>
      tx.select({ id: sharedItems.id }).from(sharedItems),
    );
    expect(visible).toEqual([]);
    const seenByB = await withTenant(s.t.database.db, s.other.id, (tx) =>
      tx.select({ orgId: sharedItems.orgId, status: sharedItems.status }).from(sharedItems),
    );
    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.every((row) => row.status === 'shared')).toBe(true);
    const changed = await withTenant(s.t.database.db, s.other.id, (tx) =>
      tx
        .update(sharedItems)
        .set({ title: 'Overgenomen' })
        .where(eq(sharedItems.orgId, s.org.id))
        .returning({ id: sharedItems.id }),
    );
    expect(changed).toEqual([]);
    await expect(
      withTenant(s.t.database.db, s.other.id, (tx) =>
        tx.execute(
          sql`insert into shared_items (org_id, owner_name, kind, title, licence) values (${s.org.id}, 'x', 'activityFormat', 'x', 'x')`,
        ),
      ),
    ).rejects.toThrow();
  });

  it('withdraws everything when the organisation stops taking part', async () => {
    const before = (await search()).items.filter((item: { orgId: string }) => item.orgId === s.org.id);
    expect(before.length).toBeGreaterThan(0);
    const left = await s.api(s.as.org_admin, 'PUT', '/membership', { sharing: false });
    expect(left.json().withdrawn).toBe(before.length);
    expect((await search()).items.filter((item: { orgId: string }) => item.orgId === s.org.id)).toEqual([]);
    await s.api(s.as.org_admin, 'PUT', '/membership', { sharing: true });
    expect((await search()).items.filter((item: { orgId: string }) => item.orgId === s.org.id)).toEqual([]);
  });

  it('keeps a links library the network admin curates and every member reads', async () => {
    const list = await s.injectAs(s.otherAs.expert, {
      method: 'GET',
      url: '/api/knowledge-network/links',
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().links.map((link: { title: string }) => link.title)).toContain('Ervaringskennisplein');
    const link = {
      title: 'Opleiding X',
      url: 'https://opleiding.example.org',
      stepKey: 'professionalDevelopment',
      itemKey: 'education',
    };
    expect(
      (
        await s.injectAs(s.as.org_admin, {
          method: 'POST',
          url: '/api/knowledge-network/links',
          payload: link,
        })
      ).statusCode,
    ).toBe(403);
    const bad = await s.injectAs(s.networkAdmin, {
      method: 'POST',
      url: '/api/knowledge-network/links',
      payload: { ...link, url: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
    const made = await s.injectAs(s.networkAdmin, {
      method: 'POST',
      url: '/api/knowledge-network/links',
      payload: link,
    });
    expect(made.statusCode).toBe(201);
    const url = `/api/knowledge-network/links/${made.json().id}`;
    const changed = await s.injectAs(s.networkAdmin, {
      method: 'PATCH',
      url,
      payload: { ...link, title: 'Opleiding Y', version: 1 },
    });
    expect(changed.json()).toMatchObject({ title: 'Opleiding Y', version: 2 });
    const stale = await s.injectAs(s.networkAdmin, {
      method: 'PATCH',
      url,
      payload: { ...link, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect((await s.injectAs(s.networkAdmin, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await s.injectAs(s.networkAdmin, { method: 'DELETE', url })).statusCode).toBe(404);
  });
});
