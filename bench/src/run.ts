import os from 'node:os';
import { runAccounts } from './suites/accounts.ts';
import { runFoundation } from './suites/foundation.ts';
import { runMeasurement } from './suites/measurement.ts';
import { runRoadmap } from './suites/roadmap.ts';

console.log(`# Derde Bron benchmarks — ${new Date().toISOString()}`);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
);

await runFoundation();
await runAccounts();
await runRoadmap();
await runMeasurement();
