import { fileURLToPath } from 'node:url';

/**
 * The server package's folder, for the files the server reads at run time. This file sits one
 * level below it (`src/paths.ts`), and so does every file of the compiled server (`dist/*.js`, one
 * bundle), so the same relative URL finds the package from the source (tsx, vitest) and the build.
 */
export const serverRoot = fileURLToPath(new URL('..', import.meta.url));

/** The SQL migrations, applied at start. */
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Read at start: the passwords refused as too common. */
export const commonPasswordsFile = fileURLToPath(
  new URL('../src/modules/auth/common-passwords.txt', import.meta.url),
);

/** The built web app, unless WEB_DIST_DIR says otherwise. */
export const defaultWebDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
