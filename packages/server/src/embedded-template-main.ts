import { rename, rm } from 'node:fs/promises';
import { openDatabase } from './db/client.ts';
import { embeddedTemplateDir } from './db/embedded-template.ts';
import { publishBundledFrameworks } from './modules/framework/publish-bundled.ts';

/**
 * Run by the build (scripts/build.mjs): makes the data folder a new embedded database starts from,
 * so that a first start copies files instead of running initdb and every migration. Made beside
 * its place and moved there when complete, so that a failed build leaves no half a template.
 */
const template = embeddedTemplateDir();
const making = `${template}.making`;
await rm(making, { recursive: true, force: true });
const database = await openDatabase({ dataDir: making });
await database.migrate();
await publishBundledFrameworks(database.db);
await database.close();
await rm(template, { recursive: true, force: true });
await rename(making, template);
