import { readFile } from 'node:fs/promises';

/** Resident memory of a process now (VmRSS) or at its peak so far (VmHWM), in MB (Linux). */
export async function rssMb(pid: number, which: 'VmRSS' | 'VmHWM' = 'VmRSS'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(new RegExp(`${which}:\\s+(\\d+)\\s+kB`))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export const peakRssMb = (pid: number) => rssMb(pid, 'VmHWM');
