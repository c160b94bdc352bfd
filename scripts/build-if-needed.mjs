// `npm start` on a fresh clone must work without a separate build step: build the web app when it
// has never been built or when a source file is newer than the build.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'packages/web/dist/index.html');
const sources = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/domain/src',
  'packages/web/vite.config.ts',
];

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

let builtAt = 0;
try {
  builtAt = statSync(built).mtimeMs;
} catch {}

const newest = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (newest > builtAt) {
  console.log('derde-bron: building the web app…');
  execSync('npm run build -w @derde-bron/web', { cwd: root, stdio: 'inherit' });
}
