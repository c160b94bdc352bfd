import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');

export type Started = {
  child: ChildProcess;
  baseUrl: string;
  stop(): Promise<void>;
  /** What the process wrote to stdout so far (the server's log lines). */
  output(): string;
};

/** Starts a command in its own process group and waits until `readyPath` answers 200. */
export async function startProcess(
  command: string,
  args: string[],
  {
    port,
    env = {},
    readyPath = '/api/health',
    timeoutMs = 60_000,
  }: { port: number; env?: NodeJS.ProcessEnv; readyPath?: string; timeoutMs?: number },
): Promise<Started & { readyAfterMs: number }> {
  const startedAt = performance.now();
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const output = () => stdout;
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(child);
  while (performance.now() - startedAt < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}${readyPath}`);
      if (res.ok) return { child, baseUrl, stop, output, readyAfterMs: performance.now() - startedAt };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await stop();
  throw new Error(`${command} did not become ready within ${timeoutMs} ms`);
}

/** Ends the whole process group (npm starts tsx starts node) and waits for it to go. */
async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
