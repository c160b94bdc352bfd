/**
 * Writes the server's OpenAPI document to packages/web/src/api/openapi.json and the web's types
 * from it to packages/web/src/api/schema.d.ts (both checked in), so that the web never writes a
 * response type by hand. The app is built in memory (an embedded database, no listening socket),
 * exactly as the routes declare themselves.
 *
 *   npm run openapi -w @derde-bron/server
 *
 * openapi-typescript needs TypeScript 5's compiler API (the repository's TypeScript 7 has none),
 * so it runs from npm's cache at pinned versions instead of being a dependency.
 * src/openapi-document.test.ts fails when the checked-in document no longer matches the routes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestApp } from '../src/testing/index.ts';

export const openapiTypescript = 'openapi-typescript@7.13.0';
export const typescriptForGenerator = 'typescript@5.9.3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const documentPath = path.join(root, 'packages/web/src/api/openapi.json');
export const schemaPath = path.join(root, 'packages/web/src/api/schema.d.ts');

/** The OpenAPI document of the app as the routes declare it today. */
export async function currentDocument(): Promise<unknown> {
  const test = await buildTestApp({ memory: true });
  try {
    return JSON.parse(JSON.stringify(test.app.swagger()));
  } finally {
    await test.close();
  }
}

/** The line schema.d.ts starts with: which document (whatever its formatting) it was made from. */
export const schemaStamp = (document: unknown) =>
  `// Generated from openapi.json (sha256 ${createHash('sha256').update(JSON.stringify(document)).digest('hex')}) by packages/server/scripts/openapi.ts: do not edit.`;

async function main() {
  const document = await currentDocument();
  writeFileSync(documentPath, `${JSON.stringify(document, null, 2)}\n`);
  execFileSync(
    'npm',
    [
      'exec',
      '--yes',
      `--package=${openapiTypescript}`,
      `--package=${typescriptForGenerator}`,
      '--',
      'openapi-typescript',
      documentPath,
      '--output',
      schemaPath,
    ],
    { stdio: 'inherit', cwd: root },
  );
  writeFileSync(schemaPath, `${schemaStamp(document)}\n${readFileSync(schemaPath, 'utf8')}`);
  execFileSync('npx', ['biome', 'format', '--write', documentPath, schemaPath], {
    stdio: 'inherit',
    cwd: root,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
