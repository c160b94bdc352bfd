import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { withTenant } from '../db/tenant.ts';
import {
  activities,
  activityReach,
  formationPlans,
  registryLogs,
  registryPeople,
} from '../modules/registry/table.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const quartersBack = (n: number) => {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  return Array.from({ length: n }, (_, i) => {
    const index = now.getUTCFullYear() * 4 + q - (n - 1 - i);
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
};

type DemoPerson = Omit<typeof registryPeople.$inferInsert, 'orgId'> & { reflectionDaysAgo: number[] };

/**
 * A plausible registry for a demo organisation: experts and staff at several levels and phases, a
 * registration about to expire, someone without recent supervisie, project funding ending soon,
 * and a few activities with reach counts. Invented names; no lived-experience details.
 */
export async function seedDemoRegistry(
  db: Db,
  org: { id: string; teamIds: string[]; expertMembershipId: string; variant: 0 | 1 },
) {
  const [teamA = null, teamB = null] = org.teamIds;
  const people: DemoPerson[] = [
    {
      name: org.variant === 0 ? 'Sanne Bakker' : 'Mirjam Claessens',
      kind: 'expert',
      membershipId: org.expertMembershipId,
      teamId: teamA,
      roles: ['recoveryCoach', 'recoveryGroupLeader'],
      phases: ['recovery'],
      levels: ['practice', 'team'],
      coreTasks: ['a', 'b'],
      employment: 'paid',
      hoursPerWeek: 24,
      fundingSource: 'structural',
      trainingName: 'Ad ervaringsdeskundigheid',
      trainingLevel: 'hbo',
      trainingCompletedOn: '2021-06-30',
      trainingRecognised: true,
      registrationNumber: org.variant === 0 ? '461027513' : '461093114',
      registrationExpiresOn: day(40),
      startedOn: '2021-09-01',
      reflectionDaysAgo: [20, 55, 110],
    },
    {
      name: org.variant === 0 ? 'Fatima el Amrani' : 'Joyce Hermans',
      kind: 'expert',
      teamId: teamB,
      roles: ['buddy'],
      phases: ['safety', 'recovery'],
      levels: ['practice'],
      coreTasks: ['a'],
      employment: 'volunteer',
      hoursPerWeek: 6,
      trainingName: 'Maatjestraining',
      trainingLevel: 'intern',
      trainingCompletedOn: '2023-03-15',
      trainingRecognised: false,
      trainingException: 'Volgt de erkende opleiding vanaf september; tot dan alleen als maatje.',
      startedOn: '2023-04-01',
      reflectionDaysAgo: [130],
    },
    {
      name: org.variant === 0 ? 'Inge Visser' : 'Linda Smeets',
      kind: 'expert',
      roles: ['policyRole', 'trainer'],
      phases: [],
      levels: ['policy', 'management'],
      coreTasks: ['c', 'd'],
      employment: 'paid',
      hoursPerWeek: 16,
      fundingSource: 'project',
      fundingEndsOn: day(120),
      trainingName: 'Post-hbo ervaringsdeskundigheid',
      trainingLevel: 'post-hbo',
      trainingCompletedOn: '2019-11-01',
      trainingRecognised: true,
      registrationNumber: org.variant === 0 ? '461012077' : '461055532',
      registrationExpiresOn: day(500),
      startedOn: '2022-01-01',
      reflectionDaysAgo: [30],
    },
    {
      name: org.variant === 0 ? 'Petra de Jong' : 'Anouk Janssen',
      kind: 'staff',
      teamId: teamA,
      roles: ['ownExperienceInSupport', 'ownExperienceInTeam'],
      phases: ['riskManagement', 'recovery'],
      levels: ['practice'],
      coreTasks: ['b'],
      employment: 'paid',
      hoursPerWeek: 32,
      fundingSource: 'structural',
      startedOn: '2018-02-01',
      reflectionDaysAgo: [10, 70],
    },
  ];
  await withTenant(db, org.id, async (tx) => {
    const made = await tx
      .insert(registryPeople)
      .values(people.map(({ reflectionDaysAgo: _, ...person }) => ({ ...person, orgId: org.id })))
      .returning({ id: registryPeople.id, name: registryPeople.name });
    const logs = people.flatMap((person, index) =>
      person.reflectionDaysAgo.map((daysAgo, n) => ({
        orgId: org.id,
        personId: made[index]?.id ?? '',
        kind: n % 2 === 0 ? ('supervision' as const) : ('intervision' as const),
        heldOn: day(-daysAgo),
        setting: n % 2 === 0 ? ('external' as const) : ('internal' as const),
      })),
    );
    await tx.insert(registryLogs).values([
      ...logs,
      {
        orgId: org.id,
        personId: made[0]?.id ?? '',
        kind: 'training',
        heldOn: day(-200),
        setting: 'external',
        title: 'Traumasensitief werken',
      },
    ]);
    for (const [index, person] of people.entries()) {
      const latest = Math.min(...person.reflectionDaysAgo);
      await tx
        .update(registryPeople)
        .set({ lastReflectionOn: day(-latest) })
        .where(eq(registryPeople.id, made[index]?.id ?? ''));
    }
    const [coach, buddy] = made;
    const list = await tx
      .insert(activities)
      .values([
        {
          orgId: org.id,
          activityKey: 'recoveryGroups',
          phases: ['recovery'],
          leaderPersonIds: coach ? [coach.id] : [],
        },
        {
          orgId: org.id,
          activityKey: 'walkingGroups',
          phases: ['recovery'],
          leaderPersonIds: buddy ? [buddy.id] : [],
        },
        { orgId: org.id, activityKey: 'walkInHours', phases: ['safety', 'recovery'], leaderPersonIds: [] },
        // Phases 1 and 2: the whole system, (ex-)partners included.
        {
          orgId: org.id,
          activityKey: 'bridgeFunction',
          phases: ['safety'],
          leaderPersonIds: buddy ? [buddy.id] : [],
        },
        {
          orgId: org.id,
          activityKey: 'involvingPartners',
          phases: ['safety', 'riskManagement'],
          leaderPersonIds: coach ? [coach.id] : [],
        },
        {
          orgId: org.id,
          activityKey: null,
          name: org.variant === 0 ? 'Moedergroep' : 'Kookcafé',
          phases: ['recovery'],
          leaderPersonIds: coach ? [coach.id] : [],
        },
      ])
      .returning({ id: activities.id });
    const quarters = quartersBack(4);
    await tx.insert(activityReach).values(
      list.flatMap((activity, a) =>
        quarters.map((quarter, q) => {
          // Counts per audience, invented: mostly adults, some children, (ex-)partners and network.
          const adults = 4 + ((a * 7 + q * 3 + org.variant * 5) % 10);
          const children = (a + q + org.variant) % 4;
          const partners = a >= 3 && a <= 4 ? 1 + ((q + a) % 3) : 0;
          const network = (a * 3 + q) % 3;
          return {
            orgId: org.id,
            activityId: activity.id,
            quarter,
            participants: adults + children + partners + network,
            adults,
            children,
            partners,
            network,
            sessions: 10 + ((a + q) % 4),
          };
        }),
      ),
    );
    // A formation plan: targets where the registry falls short (management is empty), and money
    // from three sources, a subsidy ending within six months.
    await tx.insert(formationPlans).values({
      orgId: org.id,
      hoursPerFte: 36,
      targets: [
        { level: 'practice', phase: 'recovery', role: 'recoveryCoach', people: 3, fte: 2 },
        { level: 'practice', phase: 'safety', role: null, people: 2, fte: 1 },
        { level: 'team', phase: 'riskManagement', role: null, people: 1, fte: 0.5 },
        { level: 'management', phase: 'recovery', role: null, people: 1, fte: 0.5 },
      ],
      budget: [
        {
          source: 'structural',
          label: 'Begroting ervaringsdeskundigheid',
          amount: org.variant === 0 ? 95_000 : 60_000,
          startsOn: `${day(0).slice(0, 4)}-01-01`,
          endsOn: `${Number(day(0).slice(0, 4)) + 3}-12-31`,
        },
        {
          source: 'project',
          label: 'Project Herstelgroepen',
          amount: 24_000,
          startsOn: day(-300),
          endsOn: day(200),
        },
        {
          source: 'subsidy',
          label: 'Subsidie gemeente',
          amount: 15_000,
          startsOn: day(-250),
          endsOn: day(75),
        },
      ],
    });
  });
}
