import os from 'node:os';
import { runAccounts } from './suites/accounts.ts';
import { runContent } from './suites/content.ts';
import { runFoundation } from './suites/foundation.ts';
import { runJournal } from './suites/journal.ts';
import { runKnowledgeNetwork } from './suites/knowledge-network.ts';
import { runMeasurement } from './suites/measurement.ts';
import { runNetwork } from './suites/network.ts';
import { runOperations } from './suites/operations.ts';
import { runRegistry } from './suites/registry.ts';
import { runRoadmap } from './suites/roadmap.ts';
import { runWeb } from './suites/web.ts';

console.log(`# Derde Bron benchmarks — ${new Date().toISOString()}`);
console.log(
  `Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
);

// `npm run bench -- measurement` runs one suite; without a name, all of them.
const suites: Record<string, () => Promise<void>> = {
  foundation: runFoundation,
  web: runWeb,
  accounts: runAccounts,
  roadmap: runRoadmap,
  measurement: runMeasurement,
  registry: runRegistry,
  journal: runJournal,
  network: runNetwork,
  operations: runOperations,
  content: runContent,
  kennisnetwerk: runKnowledgeNetwork,
};
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!suites[name]) throw new Error(`unknown suite ${name}; known: ${Object.keys(suites).join(', ')}`);
for (const [name, run] of Object.entries(suites))
  if (chosen.length === 0 || chosen.includes(name)) await run();
