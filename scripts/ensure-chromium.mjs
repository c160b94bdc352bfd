// The browser tests run Debian's Chromium (never a downloaded browser). On a machine without it,
// `npm test` installs it when it runs as root (as CI and a fresh container do); otherwise it stops
// with one line that says the exact command.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function installed() {
  try {
    accessSync(chromium, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!installed()) {
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0) {
    process.stderr.write(
      `derde-bron: the browser tests need Chromium at ${chromium}: run \`sudo apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH to a Chromium.\n`,
    );
    process.exit(1);
  }
  process.stderr.write(
    "derde-bron: installing Debian's Chromium for the browser tests (apt-get install chromium)…\n",
  );
  const apt = (args) =>
    execFileSync('apt-get', args, {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  if (!installed()) {
    process.stderr.write(`derde-bron: apt-get installed chromium, but ${chromium} is not there.\n`);
    process.exit(1);
  }
}
