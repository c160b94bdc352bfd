import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/index.ts';

describe('answers while stopping, and without metrics', () => {
  it('answers a request that arrives while the server stops with 503, Retry-After and the error shape', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const t = await buildTestApp(
      { memory: true },
      {
        extend: (app) => {
          // A request under way keeps the server from closing until it is answered.
          app.get('/api/test/slow', { config: { access: 'public' } }, async () => {
            await held;
            return { done: true };
          });
        },
      },
    );
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as { port: number };
    // One kept-alive connection: the slow request, then (while the server stops) a second one on it.
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /api/test/slow HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = t.close();
    for (let i = 0; i < 100 && !t.app.shuttingDown; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await closing;
    const [first, second] = received.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200/);
    expect(second).toMatch(/^HTTP\/1\.1 503/);
    expect(second).toMatch(/retry-after: 5/i);
    expect(second).toContain('"code":"UNAVAILABLE"');
    expect(second).toContain('stopping');
  });

  it('answers /metrics with 404 without a token, also when the web app is served', async () => {
    const webDistDir = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
    await writeFile(path.join(webDistDir, 'index.html'), '<!doctype html><title>Derde Bron</title>');
    const t = await buildTestApp({ memory: true }, { webDistDir });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
      // The web app itself is still served.
      expect((await t.app.inject({ method: 'GET', url: '/organisatie' })).statusCode).toBe(200);
    } finally {
      await t.close();
      await rm(webDistDir, { recursive: true, force: true });
    }
  });
});
