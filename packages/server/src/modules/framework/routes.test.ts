import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testDatabases } from '../../testing/index.ts';

describe.each(testDatabases)('framework API on $name', ({ target }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(target);
  });
  afterAll(() => t.close());

  it('serves the current version with six steps, 18 items and the four core tasks under step 4', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/framework' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(1);
    expect(body.content.steps.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const items = body.content.steps.flatMap((s: { items: unknown[] }) => s.items);
    expect(items).toHaveLength(18);
    const scoping = body.content.steps[3];
    expect(scoping.title.nl).toBe('Afbakening');
    expect(scoping.items[1].coreTasks.map((c: { letter: string }) => c.letter)).toEqual(['a', 'b', 'c', 'd']);
    expect(body.content.values).toHaveLength(8);
    expect(body.content.phases.map((p: { key: string }) => p.key)).toEqual([
      'safety',
      'riskManagement',
      'recovery',
    ]);
  });

  it('lets a browser that has the version keep it (ETag and 304)', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/framework' });
    const etag = String(first.headers.etag);
    expect(etag).toBe('"framework-v1"');
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/framework',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('lists the published versions, newest first', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/framework/versions' });
    expect(res.statusCode).toBe(200);
    const { versions } = res.json();
    expect(versions[0]).toMatchObject({ version: 1, publishedAt: '2025-01-03T00:00:00.000Z' });
  });

  it('stores the bundled framework once, however often the server starts', async () => {
    const again = await buildTestApp(target);
    try {
      const res = await again.app.inject({ method: 'GET', url: '/api/framework/versions' });
      expect(res.json().versions.filter((v: { version: number }) => v.version === 1)).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('serves one version by its number', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/framework/versions/1' });
    expect(res.statusCode).toBe(200);
    expect(res.json().content.steps).toHaveLength(6);
  });

  it('answers a version that does not exist with 404 and a Dutch message', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/framework/versions/99' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 'NOT_FOUND',
      message: 'Deze versie van het afwegingskader bestaat niet.',
    });
  });

  it.each(['abc', '0', '-1', '1.5', '1e9'])(
    'rejects the version id %s with 400 naming the field',
    async (id) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/framework/versions/${id}` });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.code).toBe('INVALID_INPUT');
      expect(body.details[0].field).toBe('params.version');
    },
  );

  it('answers in English when the language cookie says so', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/framework/versions/abc',
      cookies: { lang: 'en' },
    });
    expect(res.json().message).toBe('What you sent is not valid. Check the fields and try again.');
  });
});
