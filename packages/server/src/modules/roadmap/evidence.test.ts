import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a1b30000000049454e44ae426082',
  'hex',
);

function upload(name: string, content: Buffer, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return form;
}

describe.each(testDatabases)('evidence on $name', ({ target }) => {
  const s = organisationSuite(target);

  const post = (form: FormData, session = s.as.coordinator) =>
    s.api(session, 'POST', '/roadmap/items/vision/evidence/file', form);
  const evidenceList = async () =>
    (await s.api(s.as.coordinator, 'GET', '/roadmap/items/vision')).json().evidence;

  it('stores a PDF and serves it only as an attachment, to members', async () => {
    const res = await post(upload('Visie ervaringsdeskundigheid.pdf', pdf, 'application/pdf'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fileName: 'Visie ervaringsdeskundigheid.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
    });
    const url = `/api/organisations/${s.org.id}/roadmap/evidence/${res.json().id}/file`;
    const download = await s.injectAs(s.as.expert, {
      method: 'GET',
      url,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Visie_ervaringsdeskundigheid.pdf"/,
    );
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const anonymous = await s.t.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });

  it('takes the type from the content: a PNG named .txt is a PNG', async () => {
    const res = await post(upload('foto.txt', png, 'text/plain'));
    expect(res.statusCode).toBe(201);
    expect(res.json().mimeType).toBe('image/png');
  });

  it('names a download after the type read from the content: a PDF uploaded as evil.html is evil.pdf', async () => {
    const res = await post(upload('evil.html', pdf, 'text/html'));
    expect(res.statusCode).toBe(201);
    const download = await s.api(s.as.coordinator, 'GET', `/roadmap/evidence/${res.json().id}/file`);
    const disposition = String(download.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="evil.pdf"; filename\*=UTF-8''evil.pdf$/);
    expect(disposition).not.toContain('html');
    expect(download.headers['content-type']).toBe('application/pdf');
  });

  it.each([
    ['a text file named .pdf', 'brief.pdf', Buffer.from('Dit is geen PDF maar gewone tekst.')],
    ['a Windows program named .docx', 'visie.docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)])],
    ['an HTML page named .png', 'plaatje.png', Buffer.from('<html><script>alert(1)</script></html>')],
  ])('refuses %s, says why and stores nothing', async (_case, name, content) => {
    const before = (await evidenceList()).length;
    const res = await post(upload(name, content));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('PDF, Word (DOCX), ODT, Excel (XLSX), PNG of JPEG');
    expect((await evidenceList()).length).toBe(before);
  });

  it('refuses a file over 10 MB and stores nothing', async () => {
    const before = (await evidenceList()).length;
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024 + 1, 32)]);
    const res = await post(upload('groot.pdf', big, 'application/pdf'));
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('10 MB');
    expect((await evidenceList()).length).toBe(before);
  });

  it('adds a link as evidence, refusing anything but http(s)', async () => {
    const url = `/api/organisations/${s.org.id}/roadmap/items/vision/evidence/link`;
    const ok = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url,
      payload: { title: 'Visie op intranet', url: 'https://intranet.example.org/visie' },
    });
    expect(ok.statusCode).toBe(201);
    const bad = await s.injectAs(s.as.coordinator, {
      method: 'POST',
      url,
      payload: { title: 'Script', url: 'javascript:alert(1)' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('does not let an expert upload', async () => {
    const res = await post(upload('visie.pdf', pdf), s.as.expert);
    expect(res.statusCode).toBe(403);
  });
});
