import { ms, type Row } from './table.ts';

/** Runs `work` sequentially and reports the spread of its durations as a table row. */
export async function timeRuns(
  label: string,
  runs: number,
  work: () => Promise<void>,
): Promise<Row & { p95Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  return {
    measure: label,
    runs,
    p50: ms(at(50)),
    p95: ms(at(95)),
    max: ms(times.at(-1) ?? 0),
    p95Ms: at(95),
  };
}
