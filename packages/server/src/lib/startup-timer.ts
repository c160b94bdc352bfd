import { performance } from 'node:perf_hooks';

export type StartupPhases = Record<string, number>;

/**
 * Where a start's time goes, phase by phase, in whole milliseconds. The first two phases come from
 * Node itself: `process` is Node's own bootstrap, `modules` the loading of the server's code until
 * the timer was made (`performance.now()` counts from the moment the process started). Embedded,
 * PGlite begins opening during `modules` (main.ts); `database` is what is left of that after.
 */
export function createStartupTimer() {
  const bootstrapped = performance.nodeTiming.bootstrapComplete;
  let last = performance.now();
  const phases: StartupPhases = {
    process: Math.round(bootstrapped),
    modules: Math.round(last - bootstrapped),
  };
  return {
    phases,
    /** Ends the phase running since the previous lap (or since the timer was made). */
    lap(name: string) {
      const now = performance.now();
      phases[name] = Math.round(now - last);
      last = now;
    },
  };
}
