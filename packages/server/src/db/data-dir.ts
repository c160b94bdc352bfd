import { chmodSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * The embedded data folder: one process at a time, readable by the app's user only.
 *
 * Two processes on one PGlite folder corrupt it (an index and its table disagree, acknowledged
 * answers vanish): a lock file holds the folder for the process's life. It names the process and
 * when that process started, so a lock left by a process that died (kill -9, a power cut) is seen
 * as stale and taken over, even if the system gave its pid to another process since. No library
 * here: the common lock-file packages judge staleness by age, which would block a quick restart
 * after kill -9 or let a second process in while the first is busy.
 */
export class DataDirInUse extends Error {}

const lockName = 'derde-bron.lock';

/** When a process started, in clock ticks since boot (Linux); null where /proc is not there. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number, started: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
  const now = processStart(pid);
  return started === null || now === null || now === started;
}

/** Takes the folder's lock or throws `DataDirInUse` with one clear line. Returns the release. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, lockName);
  const me = `${process.pid} ${processStart(process.pid) ?? '-'}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(me);
      await handle.sync();
      await handle.close();
      return async () => {
        // Only our own lock: never one another process took over after ours was judged stale.
        if ((await readFile(file, 'utf8').catch(() => '')) === me) await unlink(file).catch(() => {});
      };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    const [pid, started] = (await readFile(file, 'utf8').catch(() => '')).trim().split(' ');
    const holder = Number(pid);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder, started === '-' ? null : (started ?? null)))
      throw new DataDirInUse(
        `the data folder ${dataDir} is in use by another process (pid ${holder}); one process at a time may open it: stop that one first`,
      );
    // Stale: its process is gone. Take it over.
    await unlink(file).catch(() => {});
  }
  throw new DataDirInUse(`the data folder ${dataDir} is being taken by another process at this moment`);
}

/**
 * Makes the folder 0700 and everything in it 0600 (folders 0700), and answers how many had to be
 * changed. Run at every start: a restore or a copy may have left them readable to others (the WAL
 * holds e-mail addresses, `secret.key` the key to every sealed secret). Synchronous on purpose: a
 * data folder holds a thousand and more small files, and a promise per file cost the start ten
 * times the milliseconds that plain system calls do.
 */
export async function restrictDataDir(dataDir: string): Promise<number> {
  let changed = 0;
  const visit = (target: string) => {
    const stat = lstatSync(target);
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? 0o700 : 0o600;
    if ((stat.mode & 0o777) !== wanted) {
      chmodSync(target, wanted);
      changed++;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(target)) visit(path.join(target, entry));
  };
  visit(dataDir);
  return changed;
}
