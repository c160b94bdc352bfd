import {
  injectAs,
  measurementClient,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
} from '@derde-bron/server/testing';

/** The most a group may hold (the domain's `headcount` limit); it refuses answers beyond its headcount. */
const groupCapacity = 10_000;

/**
 * An organisation with an open wave and shared staff links, made through the API as its org admin
 * and coordinator. `capacity` answers fit in all: each link's group is as large as a group may be,
 * and there are as many teams (each with a link) as that needs, so a load never fills them and a
 * refusal in a bench row is a real failure, not a full group.
 */
export async function openQuestionnaireLink(t: TestApp, title: string, capacity = groupCapacity) {
  const org = await seedTestOrganisation(t);
  const admin = await sessionFor(t.app, org.members.org_admin.id);
  const teamIds = [org.teams.a.id, org.teams.b.id];
  for (let n = teamIds.length; n * groupCapacity < capacity; n++) {
    const made = await injectAs(t.app, admin, {
      method: 'POST',
      url: `/api/organisations/${org.id}/teams`,
      payload: { name: `Team ${n + 1}` },
    });
    teamIds.push((made.json() as { id: string }).id);
  }
  const m = measurementClient(t.app, await sessionFor(t.app, org.members.coordinator.id), org.id);
  const waveId = await m.planWave({ kind: 'followUp', title });
  const tokens: string[] = [];
  for (const teamId of teamIds.slice(0, Math.ceil(capacity / groupCapacity)))
    tokens.push((await m.groupWithLink(waveId, { teamId, headcount: groupCapacity })).token);
  return { orgId: org.id, teamId: org.teams.a.id, waveId, tokens };
}
