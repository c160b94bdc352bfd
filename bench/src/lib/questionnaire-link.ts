import {
  measurementClient,
  seedTestOrganisation,
  sessionFor,
  type TestApp,
} from '@derde-bron/server/testing';

/**
 * An organisation with an open wave and a shared staff link for team A, made through the API as a
 * coordinator. The group is as large as a group may be: a load must not fill it.
 */
export async function openQuestionnaireLink(t: TestApp, title: string) {
  const org = await seedTestOrganisation(t);
  const m = measurementClient(t.app, await sessionFor(t.app, org.members.coordinator.id), org.id);
  const waveId = await m.planWave({ kind: 'followUp', title });
  const { groupId, token } = await m.groupWithLink(waveId, { teamId: org.teams.a.id, headcount: 10_000 });
  return { orgId: org.id, teamId: org.teams.a.id, waveId, groupId, token };
}
