// `npm start` (and `npm run cli`) on a fresh clone must work without a separate build step: build
// the web app and the server when they have never been built or a source is newer than the build.
// `node scripts/build-if-needed.mjs server` checks the server only (the CLI needs no web app).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

const parts = {
  web: {
    built: 'packages/web/dist/index.html',
    sources: [
      'packages/web/src',
      'packages/web/index.html',
      'packages/web/respond.html',
      'packages/web/build',
      'packages/web/vite.config.ts',
      'packages/domain/src',
    ],
    build: ['npm', ['run', 'build', '-w', '@derde-bron/web']],
  },
  server: {
    built: 'packages/server/dist/main.js',
    sources: [
      'packages/server/src',
      'packages/server/drizzle',
      'packages/server/scripts',
      'packages/server/package.json',
      'packages/domain/src',
    ],
    build: [process.execPath, ['packages/server/scripts/build.mjs']],
  },
};

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

function builtAt(file) {
  try {
    return statSync(path.join(root, file)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds what is missing or stale. Progress goes to stderr: the CLI's output stays its own. */
export function buildIfNeeded(which = Object.keys(parts)) {
  for (const name of which) {
    const part = parts[name];
    const newest = Math.max(...part.sources.map((source) => newestMtime(path.join(root, source))));
    if (newest <= builtAt(part.built)) continue;
    process.stderr.write(`derde-bron: building the ${name === 'web' ? 'web app' : 'server'}…\n`);
    const [command, args] = part.build;
    execFileSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  }
}

if (import.meta.filename === process.argv[1]) {
  const which = process.argv.slice(2);
  buildIfNeeded(which.length > 0 ? which : undefined);
}
