import {
  createJournalKeys,
  fromBase64,
  journalIterations,
  sealEntry,
  unlockWithPassphrase,
} from '@derde-bron/domain';
import { injectAs, seedTestOrganisation, sessionFor, startTestServer } from '@derde-bron/server/testing';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const entries = 1_000;
const words = [
  'vandaag',
  'dacht',
  'ik',
  'aan',
  'vroeger',
  'en',
  'wat',
  'het',
  'met',
  'me',
  'deed',
  'in',
  'mijn',
  'werk',
];
const essay = (count: number) =>
  Array.from({ length: count }, (_, i) => words[(i * 7) % words.length]).join(' ');

/**
 * Issue 21: the reflection journal. Sealing a 5,000-word entry with the page's own code (run in
 * Node's WebCrypto, the same API the browser has), and the server's time for storing and listing
 * 1,000 sealed entries, beside a trivial scoped read in the same run.
 */
export async function runJournal() {
  const server = await startTestServer();
  try {
    const org = await seedTestOrganisation(server, 'Dagboek');
    const session = await sessionFor(server.app, org.members.expert.id);
    const url = (path = '') => `/api/organisations/${org.id}/journal${path}`;
    const passphrase = 'een zin om te onthouden voor de bench';
    const { material, dataKey } = await createJournalKeys(passphrase);
    const made = await injectAs(server.app, session, { method: 'POST', url: url(), payload: material });
    if (made.statusCode !== 201) throw new Error(`set-up answered ${made.statusCode}`);

    const expect = (status: number, res: { statusCode: number; body: string }) => {
      if (res.statusCode !== status) throw new Error(`answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    };
    const store = async (sealed: string) =>
      expect(
        201,
        await injectAs(server.app, session, { method: 'POST', url: url('/entries'), payload: { sealed } }),
      );
    const short = await sealEntry(dataKey, { text: essay(60), readyToShare: false, writtenAt: '' });
    const long = essay(5_000);
    let longSealed = '';

    const rows = [
      await timeRuns('GET /journal — baseline (trivial scoped read: one row)', 100, async () =>
        expect(200, await injectAs(server.app, session, { method: 'GET', url: url() })),
      ),
      await timeRuns(
        `Seal an entry of 5,000 words (${long.length.toLocaleString('en')} characters; page code in Node's WebCrypto)`,
        50,
        async () => {
          longSealed = await sealEntry(dataKey, { text: long, readyToShare: false, writtenAt: '' });
        },
      ),
      await timeRuns(
        `Open the journal with the passphrase (PBKDF2-SHA-256, ${journalIterations.toLocaleString('en')} rounds; Node's WebCrypto)`,
        5,
        async () => {
          await unlockWithPassphrase(material, passphrase);
        },
      ),
      await timeRuns(
        `POST /journal/entries, the 5,000-word entry (${Math.round(fromBase64(longSealed).length / 1024)} KiB sealed), server time`,
        50,
        () => store(longSealed),
      ),
      await timeRuns(
        `POST /journal/entries, ${entries.toLocaleString('en')} entries of the 1 KiB bucket one after another, server time per entry`,
        entries,
        () => store(short),
      ),
      await timeRuns(
        `GET /journal/entries, ${(entries + 50).toLocaleString('en')} sealed entries, server time`,
        30,
        async () => expect(200, await injectAs(server.app, session, { method: 'GET', url: url('/entries') })),
      ),
    ];
    printTable(
      'Reflection journal: sealing in the browser code, storing and listing on the server (app.inject, PGlite, sequential)',
      rows.map(({ p95Ms: _, ...row }) => row),
    );
  } finally {
    await server.close();
  }
}
