import { readFileSync } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serverRoot } from '../paths.ts';

/**
 * The PGlite version the template belongs to: a data folder made by one version's initdb is only
 * opened by that version, so a template of another (after an upgrade without a build) is ignored.
 */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Made by `npm run build` (scripts/build.mjs, src/embedded-template-main.ts): the data folder of a
 * new embedded database with every migration and the bundled guide, cleanly shut down.
 */
export const embeddedTemplateDir = () =>
  path.join(serverRoot, 'dist', `embedded-template-pglite-${pgliteVersion()}`);

/** Fills a new data folder from the template; false when the build made none for this PGlite. */
export async function copyEmbeddedTemplate(dataDir: string): Promise<boolean> {
  const template = embeddedTemplateDir();
  const made = await stat(path.join(template, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (made) await cp(template, dataDir, { recursive: true });
  return made;
}
