import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '../http-error.ts';
import { buildTestApp, type TestApp } from '../testing/index.ts';

describe('the server shell', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Derde Bron</title>');
    await writeFile(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dist, 'respond.html'), '<!doctype html><title>Vragenlijst</title>');
    await writeFile(path.join(dist, 'home.html'), '<!doctype html><title>Derde Bron</title><h1>Home</h1>');
    // As the web build writes them: a brotli and a gzip copy beside the file (build/precompress.ts).
    const script = 'console.log("een script dat de build gecomprimeerd heeft");'.repeat(40);
    await writeFile(path.join(dist, 'assets', 'page-def456.js'), script);
    await writeFile(path.join(dist, 'assets', 'page-def456.js.br'), brotliCompressSync(script));
    await writeFile(path.join(dist, 'assets', 'page-def456.js.gz'), gzipSync(script));
    t = await buildTestApp({ memory: true }, { webDistDir: dist });
  });
  afterAll(() => t.close());

  describe('security headers', () => {
    it('forbids inline scripts, framing and referrers on every page', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['permissions-policy']).toContain('camera=()');
    });

    const securityHeaders = [
      'content-security-policy',
      'referrer-policy',
      'x-frame-options',
      'permissions-policy',
    ];

    it('sends the same headers with API answers, refusals and pages that do not exist', async () => {
      const page = await t.app.inject({ method: 'GET', url: '/' });
      for (const url of ['/api/health', '/api/organisations/not-an-id', '/api/nowhere', '/assets/gone.js']) {
        const res = await t.app.inject({ method: 'GET', url });
        for (const name of securityHeaders)
          expect([url, name, res.headers[name]]).toEqual([url, name, page.headers[name]]);
      }
    });

    it('keeps API answers out of every cache', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('web app', () => {
    // The app's shell for its router's pages; the home page and the questionnaire have pages of
    // their own (the first view built in, the respondents' small bundle). A query changes nothing.
    it.each([
      ['/kader/stap/4', 'index.html'],
      ['/een/pagina/die/niet/bestaat', 'index.html'],
      ['/kader?x=/', 'index.html'],
      ['/', 'home.html'],
      ['/?utm=x', 'home.html'],
      ['/vragenlijst', 'respond.html'],
      ['/vragenlijst?x=1', 'respond.html'],
    ])('answers %s with %s, not cached without asking', async (url, file) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(await readFile(path.join(dist, file), 'utf8'));
    });

    it('sends the precompressed copy the browser accepts, immutable, varying on Accept-Encoding', async () => {
      const get = (acceptEncoding?: string) =>
        t.app.inject({
          method: 'GET',
          url: '/assets/page-def456.js',
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        });
      const plain = await get();
      for (const [accepted, encoding, decode] of [
        ['br, gzip', 'br', brotliDecompressSync],
        ['gzip, deflate', 'gzip', gunzipSync],
      ] as const) {
        const res = await get(accepted);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding);
        expect(res.headers['content-type']).toMatch(/javascript/);
        expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(decode(res.rawPayload).toString()).toBe(plain.body);
        expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
      }
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
    });

    it('caches hashed assets for a year', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toContain('immutable');
    });

    it('answers HEAD for pages, assets and the health check, not for the rest of the API', async () => {
      const head = async (url: string) => (await t.app.inject({ method: 'HEAD', url })).statusCode;
      expect(await head('/')).toBe(200);
      expect(await head('/assets/app-abc123.js')).toBe(200);
      expect(await head('/api/health')).toBe(200);
      expect(await head('/api/framework')).toBe(404);
    });

    it('answers an asset that is not there with 404, not with the app', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/assets/gone-0000.js' });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('<html');
    });
  });

  describe('errors', () => {
    it('answers unknown API routes with a JSON 404, whatever the method', async () => {
      for (const method of ['GET', 'POST', 'DELETE'] as const) {
        const res = await t.app.inject({ method, url: '/api/nope' });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Dit adres bestaat niet in de API.' });
      }
    });

    it('answers in the language the browser prefers when none was chosen', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/nope',
        headers: { 'accept-language': 'en-GB,en;q=0.9' },
      });
      expect(res.json().message).toBe('This address does not exist in the API.');
    });
  });

  describe('OpenAPI', () => {
    it('documents every API route from its schema', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/health',
          '/api/framework',
          '/api/framework/versions',
          '/api/framework/versions/{version}',
        ]),
      );
      expect(Object.keys(doc.paths).some((p) => !p.startsWith('/api/'))).toBe(false);
    });

    it('has readable docs at /api/docs', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('swagger');
    });
  });
});

describe('error handler', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(
      { memory: true },
      {
        extend: (app) => {
          app.get('/api/test/crash', { config: { access: 'public' } }, async () => {
            throw new Error('connection string postgres://secret@db');
          });
          app.get('/api/test/conflict', { config: { access: 'public' } }, async () => {
            throw new HttpError(409, 'CONFLICT', 'conflict');
          });
          app.post(
            '/api/test/echo',
            { config: { access: 'public' }, schema: { body: z.object({ name: z.string().min(2) }) } },
            async (req) => req.body,
          );
        },
      },
    );
  });
  afterAll(() => t.close());

  it('never leaks internals of an unexpected failure', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      code: 'INTERNAL',
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    });
    expect(res.body).not.toContain('secret');
  });

  it('turns an expected failure into its code and a message in the user’s language', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/test/conflict', cookies: { lang: 'en' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      code: 'CONFLICT',
      message: 'Someone else has just changed this. Look at the new version and try again.',
    });
  });

  it('answers a malformed JSON body with 400 in the same shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'INVALID_INPUT',
      message: 'Wat je stuurde klopt niet. Kijk de velden na en probeer het opnieuw.',
    });
  });

  it('names each wrong field with a message in the user’s language', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x' } });
    expect(res.statusCode).toBe(400);
    const { details } = res.json();
    expect(details).toHaveLength(1);
    expect(details[0].field).toBe('body.name');
    expect(details[0].message).toMatch(/te kort|minimaal|2/i);
  });
});
