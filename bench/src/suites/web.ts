import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildTestApp } from '@derde-bron/server/testing';
import { repoRoot, startProcess } from '../lib/processes.ts';
import { openQuestionnaireLink } from '../lib/questionnaire-link.ts';
import { printTable, type Row } from '../lib/table.ts';

const run = promisify(execFile);
const port = 3210;
const dist = path.join(repoRoot, 'packages/web/dist');
const lighthouseRuns = 5;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The JavaScript a page loads before it shows anything: its entry and the modules preloaded with it. */
async function firstViewScripts(page: string): Promise<string[]> {
  const html = await readFile(path.join(dist, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

/** A file's size as the browser receives it: the build's precompressed copy, or compressed here when too small to have one. */
async function compressedSize(file: string, encoding: 'gz' | 'br'): Promise<number> {
  try {
    return (await stat(`${file}.${encoding}`)).size;
  } catch {
    const content = await readFile(file);
    return (encoding === 'gz' ? gzipSync(content, { level: 9 }) : brotliCompressSync(content)).length;
  }
}

async function javascriptOf(page: string) {
  const files = await firstViewScripts(page);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const full = path.join(dist, file);
    raw += (await stat(full)).size;
    gzip += await compressedSize(full, 'gz');
    brotli += await compressedSize(full, 'br');
  }
  return { files: files.length, raw, gzip, brotli };
}

/** One GET with the given Accept-Encoding; what came back over the wire. */
function fetchEncoded(url: string, acceptEncoding: string | undefined) {
  return new Promise<{ encoding: string; bytes: number; vary: string; cache: string }>((resolve, reject) => {
    const req = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          resolve({
            encoding: String(res.headers['content-encoding'] ?? 'none'),
            bytes,
            vary: String(res.headers.vary ?? ''),
            cache: String(res.headers['cache-control'] ?? ''),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

type Scores = {
  url: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptTransferBytes: number;
};

/** Lighthouse in a child process (bench/src/lighthouse-run.ts), `lighthouseRuns` times; the median run by performance. */
async function lighthouse(urls: string[]): Promise<Map<string, Scores & { spread: string }>> {
  const byUrl = new Map<string, Scores[]>();
  for (let i = 0; i < lighthouseRuns; i++) {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'bench/src/lighthouse-run.ts', ...urls],
      {
        cwd: repoRoot,
        maxBuffer: 10 * 1024 * 1024,
      },
    );
    for (const line of stdout.trim().split('\n')) {
      const scores = JSON.parse(line) as Scores;
      byUrl.set(scores.url, [...(byUrl.get(scores.url) ?? []), scores]);
    }
  }
  const result = new Map<string, Scores & { spread: string }>();
  for (const [url, all] of byUrl) {
    const sorted = [...all].sort((a, b) => a.performance - b.performance);
    const median = sorted[Math.floor(sorted.length / 2)];
    if (median)
      result.set(url, { ...median, spread: `${sorted[0]?.performance}–${sorted.at(-1)?.performance}` });
  }
  return result;
}

/**
 * Issue 20: what a phone downloads for the questionnaire against the staff app's shell, how the
 * server sends it (precompressed, by Accept-Encoding), and Lighthouse's mobile scores of both pages
 * against a page without JavaScript.
 */
export async function runWeb() {
  const shell = await javascriptOf('index.html');
  const respondent = await javascriptOf('respond.html');
  const sizeRow = (page: string, js: typeof shell, target: string): Row => ({
    page,
    files: js.files,
    'JavaScript kB': kB(js.raw),
    'gzip kB': kB(js.gzip),
    'brotli kB': kB(js.brotli),
    'gzip vs shell': `${((js.gzip / shell.gzip) * 100).toFixed(0)}%`,
    target,
  });
  printTable('JavaScript loaded before the first view (the entry and its preloaded modules, as built)', [
    sizeRow('staff app shell, / — baseline', shell, ''),
    sizeRow('questionnaire, /vragenlijst', respondent, '≤ 100 kB gzip'),
  ]);

  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-web-'));
  const bare = await startProcess(process.execPath, ['bench/src/hello-server.mjs'], { port: port + 1 });
  let server: Awaited<ReturnType<typeof startProcess>> | undefined;
  try {
    // A questionnaire link made before the server takes the data folder (PGlite is one process's).
    const seeding = await buildTestApp({ dataDir });
    const link = await openQuestionnaireLink(seeding, 'Bench vragenlijst');
    await seeding.close();
    server = await startProcess(process.execPath, ['packages/server/dist/main.js'], {
      port,
      env: { DATA_DIR: dataDir },
    });
    const asset = `${server.baseUrl}/${(await firstViewScripts('respond.html'))[0]}`;
    const deliveryRows: Row[] = [];
    for (const [label, accept] of [
      ['no Accept-Encoding — baseline', undefined],
      ['Accept-Encoding: gzip', 'gzip'],
      ['Accept-Encoding: br, gzip', 'br, gzip'],
    ] as const) {
      const answer = await fetchEncoded(asset, accept);
      deliveryRows.push({
        request: label,
        'Content-Encoding': answer.encoding,
        'bytes sent': answer.bytes,
        Vary: answer.vary,
        'Cache-Control': answer.cache,
      });
    }
    printTable('How the questionnaire’s entry script is sent (GET, loopback)', deliveryRows);

    const pages: Array<[string, string, string]> = [
      ['a page without JavaScript — baseline', `${bare.baseUrl}/page`, ''],
      ['home page /', `${server.baseUrl}/`, 'performance ≥ 95'],
      [
        'questionnaire /vragenlijst (with its link)',
        `${server.baseUrl}/vragenlijst#${link.tokens[0]}`,
        'performance ≥ 95, accessibility 100',
      ],
    ];
    const scores = await lighthouse(pages.map(([, url]) => url));
    printTable(
      `Lighthouse 12.8.2, mobile (simulated slow 4G, 4× slower CPU), Debian's Chromium; median of ${lighthouseRuns} runs`,
      pages.map(([page, url, target]) => {
        const s = scores.get(url);
        return {
          page,
          performance: s?.performance ?? '',
          'performance in all runs': s?.spread ?? '',
          accessibility: s?.accessibility ?? '',
          'FCP ms': s?.fcpMs ?? '',
          'LCP ms': s?.lcpMs ?? '',
          'TBT ms': s?.tbtMs ?? '',
          CLS: s ? s.cls.toFixed(3) : '',
          'JS transferred kB': s ? kB(s.scriptTransferBytes) : '',
          target,
        };
      }),
    );
  } finally {
    await server?.stop();
    await bare.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
