import {
  registryTables,
  seedTestOrganisation,
  sessionFor,
  startTestServer,
  withTenant,
} from '@derde-bron/server/testing';
import { printTable } from '../lib/table.ts';
import { timeRuns } from '../lib/timing.ts';

const peopleCount = 2_000;
const logRows = 50_000;
const runs = 100;

const roles = [
  'buddy',
  'recoveryCoach',
  'supportWorker',
  'policyRole',
  'trainer',
  'caseConsultation',
  'recoveryGroupLeader',
];
const phases = ['safety', 'riskManagement', 'recovery'];
const levels = ['practice', 'team', 'management', 'board', 'policy'];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Issues 6 and 16: the coverage matrix, the signals list and the formation plan of an organisation
 * with 2,000 people and 50,000 log rows, against a trivial scoped read (the registry settings) in the
 * same run.
 */
export async function runRegistry() {
  const server = await startTestServer();
  try {
    const org = await seedTestOrganisation(server, 'Groot');
    const session = await sessionFor(server.app, org.members.coordinator.id);
    await withTenant(server.database.db, org.id, async (tx) => {
      const people: Array<{ id: string }> = [];
      for (let start = 0; start < peopleCount; start += 500) {
        people.push(
          ...(await tx
            .insert(registryTables.registryPeople)
            .values(
              Array.from({ length: 500 }, (_, k) => {
                const i = start + k;
                return {
                  orgId: org.id,
                  name: `Persoon ${i}`,
                  kind: i % 4 === 0 ? ('staff' as const) : ('expert' as const),
                  roles: [roles[i % roles.length] ?? 'buddy', roles[(i * 3) % roles.length] ?? 'trainer'],
                  phases: [phases[i % 3] ?? 'recovery', phases[(i + 1) % 3] ?? 'safety'].slice(
                    0,
                    1 + (i % 2),
                  ),
                  levels: [levels[i % levels.length] ?? 'practice'],
                  coreTasks: ['a'],
                  employment: i % 3 === 0 ? ('volunteer' as const) : ('paid' as const),
                  hoursPerWeek: 8 + (i % 30),
                  fundingSource:
                    i % 3 === 0 ? null : i % 5 === 0 ? ('project' as const) : ('structural' as const),
                  fundingEndsOn: i % 7 === 0 ? day(i % 400) : null,
                  registrationNumber: i % 2 === 0 ? String(1_000_000 + i) : null,
                  registrationExpiresOn: i % 2 === 0 ? day((i % 700) - 100) : null,
                  startedOn: '2020-01-01',
                };
              }),
            )
            .returning({ id: registryTables.registryPeople.id })),
        );
      }
      for (let start = 0; start < logRows; start += 1000) {
        await tx.insert(registryTables.registryLogs).values(
          Array.from({ length: 1000 }, (_, k) => {
            const i = start + k;
            return {
              orgId: org.id,
              personId: people[i % people.length]?.id ?? '',
              kind: (['intervision', 'supervision', 'training'] as const)[i % 3] ?? 'intervision',
              heldOn: day(-(i % 900)),
              setting: i % 2 === 0 ? ('internal' as const) : ('external' as const),
              title: i % 3 === 2 ? 'Training' : null,
            };
          }),
        );
      }
      // A formation plan with a target for every level × phase, and a role-specific one beside it.
      await tx.insert(registryTables.formationPlans).values({
        orgId: org.id,
        hoursPerFte: 36,
        targets: levels.flatMap((level, l) =>
          phases.flatMap((phase, p) => [
            { level, phase: phase as 'safety', role: null, people: 20 + l + p, fte: 12.5 },
            {
              level,
              phase: phase as 'safety',
              role: roles[(l + p) % roles.length] ?? 'buddy',
              people: 5,
              fte: 3,
            },
          ]),
        ),
        budget: Array.from({ length: 12 }, (_, b) => ({
          source: (['structural', 'project', 'subsidy'] as const)[b % 3] ?? 'structural',
          label: `Budget ${b}`,
          amount: 10_000 + b * 2_500,
          startsOn: day(-400 + b * 30),
          endsOn: day(-100 + b * 60),
        })),
      });
      // As the log routes keep it: each person's newest intervisie/supervisie.
      await tx.execute(
        `update registry_people p set last_reflection_on = (select max(held_on) from registry_logs l where l.person_id = p.id and l.kind in ('intervision', 'supervision')) where p.org_id = '${org.id}'` as never,
      );
    });
    const get = async (path: string) => {
      const url = `/api/organisations/${org.id}${path}`;
      const first = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      if (first.statusCode !== 200) throw new Error(`${path} answered ${first.statusCode}`);
      return async () => {
        const res = await server.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
        if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}`);
      };
    };
    const rows = [
      await timeRuns(
        'GET /registry/settings — baseline (trivial scoped read)',
        runs,
        await get('/registry/settings'),
      ),
      await timeRuns(
        `GET /registry/coverage, ${peopleCount.toLocaleString('en')} people`,
        runs,
        await get('/registry/coverage'),
      ),
      await timeRuns(
        `GET /registry/signals, ${peopleCount.toLocaleString('en')} people, ${logRows.toLocaleString('en')} logs`,
        runs,
        await get('/registry/signals'),
      ),
      await timeRuns(
        `GET /registry/formation, ${peopleCount.toLocaleString('en')} people, 30 targets, 12 budget lines`,
        runs,
        await get('/registry/formation'),
      ),
    ];
    printTable(
      `Registry coverage, signals and formation plan, server time (app.inject, PGlite, ${runs} sequential requests; target < 100 ms)`,
      rows.map(({ p95Ms: _, ...row }) => row),
    );
  } finally {
    await server.close();
  }
}
