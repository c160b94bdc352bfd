import { phaseKeys, sharedItemKinds, stepKeys } from '@derde-bron/domain';
import {
  knowledgeNetworkTables,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  withTenant,
} from '@derde-bron/server/testing';
import { sql } from 'drizzle-orm';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const organisations = 20;
const itemsPerOrganisation = 500;
const runs = 100;

const topics = [
  'herstelgroep',
  'lotgenotencontact',
  'nazorg',
  'intervisie',
  'visie',
  'functiehuis',
  'scholing',
  'cliëntenraad',
  'wandelgroep',
  'moeder en kind',
  'veiligheidsplan',
  'budget',
];

/**
 * Issue 15: searching 10,000 items shared by 20 organisations (words in title and summary; a
 * step filter; the newest without a filter) as a member that takes part, under row-level
 * security, against a trivial scoped read (whether the organisation takes part) in the same run.
 */
export async function runKnowledgeNetwork() {
  const server = await startTestServer();
  const { knowledgeNetworkMembers, sharedItems } = knowledgeNetworkTables;
  try {
    const reader = await seedTestOrganisation(server, 'Lezer');
    const session = await sessionFor(server.app, reader.members.expert.id);
    await withTenant(server.database.db, reader.id, (tx) =>
      tx.insert(knowledgeNetworkMembers).values({ orgId: reader.id, sharing: true }),
    );
    for (let o = 0; o < organisations; o++) {
      const org = await seedTestOrganisation(server, `Deler ${o}`);
      await withTenant(server.database.db, org.id, async (tx) => {
        await tx.insert(knowledgeNetworkMembers).values({ orgId: org.id, sharing: true });
        for (let start = 0; start < itemsPerOrganisation; start += 250) {
          await tx.insert(sharedItems).values(
            Array.from({ length: 250 }, (_, k) => {
              const i = o * itemsPerOrganisation + start + k;
              const topic = topics[i % topics.length] ?? 'visie';
              return {
                orgId: org.id,
                ownerName: org.name,
                kind: sharedItemKinds[i % sharedItemKinds.length] ?? 'activityFormat',
                title: `${topic} ${i}`,
                summary: `Hoe wij ${topic} aanpakken met ervaringsdeskundigen, versie ${i % 7}, ${topics[(i * 5) % topics.length]}.`,
                licence: 'CC BY 4.0',
                stepKey: stepKeys[i % stepKeys.length] ?? 'exploration',
                phases: [phaseKeys[i % phaseKeys.length] ?? 'recovery'],
                // One in ten withdrawn: the search must pass over them.
                status: i % 10 === 0 ? ('withdrawn' as const) : ('shared' as const),
              };
            }),
          );
        }
      });
    }
    const total = organisations * itemsPerOrganisation;
    const get = async (path: string) => {
      const url = `/api/organisations/${reader.id}/knowledge-network${path}`;
      const first = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      if (first.statusCode !== 200) throw new Error(`${path} answered ${first.statusCode}`);
      return async () => {
        const res = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
      };
    };
    const measure = async (when: string) => [
      await timeRuns(
        `GET /knowledge-network/membership — baseline (trivial scoped read)${when}`,
        runs,
        await get('/membership'),
      ),
      await timeRuns(
        `GET /knowledge-network/items?q=herstelgroep, ${total.toLocaleString('en')} items${when}`,
        runs,
        await get('/items?q=herstelgroep'),
      ),
      await timeRuns(
        `GET /knowledge-network/items?stepKey=supportAndVision&kind=visionDocument${when}`,
        runs,
        await get('/items?stepKey=supportAndVision&kind=visionDocument'),
      ),
      await timeRuns(
        `GET /knowledge-network/items?q=nazorg&phase=recovery${when}`,
        runs,
        await get('/items?q=nazorg&phase=recovery'),
      ),
      await timeRuns(`GET /knowledge-network/items (newest 50, no filter)${when}`, runs, await get('/items')),
    ];
    // Embedded PGlite runs no autovacuum, so the planner has no statistics of freshly loaded rows;
    // a PostgreSQL server gathers them by itself. Both, one after the other.
    const before = await measure(', no statistics');
    await server.database.owner.execute(sql`analyze shared_items`);
    const after = await measure(', after ANALYZE');
    printTable(
      `Kennisnetwerk search, server time (app.inject, PGlite, ${runs} sequential requests; target < 100 ms)`,
      [...before, ...after].map(({ p95Ms: _, ...row }) => row),
    );
  } finally {
    await server.close();
  }
}
