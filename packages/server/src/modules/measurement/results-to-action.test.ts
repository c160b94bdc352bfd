import {
  findDerivableSmallGroup,
  instrumentV1,
  itemsForPerspective,
  type LikertAnswer,
  type Perspective,
} from '@derde-bron/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurementClient, orgClient, testDatabases } from '../../testing/index.ts';
import { pdfText } from '../../testing/pdf-text.ts';
import { measurementSuite } from '../../testing/suite.ts';

/** A complete response for one perspective: every Likert item it gets answered `value`. */
function answersFor(perspective: Perspective, value: LikertAnswer) {
  return Object.fromEntries(
    itemsForPerspective(instrumentV1.items, perspective)
      .filter((item) => item.kind === 'likert')
      .map((item) => [item.key, value]),
  );
}

type Layout = Array<{ team: 'a' | 'b' | null; perspective: Perspective; n: number; value: LikertAnswer }>;

describe.each(testDatabases)('from results to action on $name', ({ target }) => {
  const s = measurementSuite(target, { other: 'Andere' });
  const expert = s.actingAs('expert');
  let baselineId: string;
  let laterId: string;
  const teamId = (team: 'a' | 'b' | null) => (team ? s.org.teams[team].id : null);

  /** A closed wave with the given groups, each answering through its own shared link. */
  async function closedWave(kind: 'baseline' | 'followUp', layout: Layout) {
    const perspectives = [...new Set(layout.map((g) => g.perspective))];
    const waveId = await s.m.planWave({ kind, perspectives });
    for (const group of layout) {
      const { token } = await s.m.groupWithLink(waveId, {
        perspective: group.perspective,
        teamId: teamId(group.team),
        headcount: group.n,
      });
      for (let i = 0; i < group.n; i++) await s.r.answer(token, answersFor(group.perspective, group.value));
    }
    await s.m.close(waveId);
    return waveId;
  }

  // Realistic groups: a 0-meting of staff only, then a wave with staff, experts and management.
  const baselineLayout: Layout = [
    { team: 'a', perspective: 'staff', n: 12, value: 2 },
    { team: 'b', perspective: 'staff', n: 8, value: 3 },
  ];
  const laterLayout: Layout = [
    { team: 'a', perspective: 'staff', n: 12, value: 3 },
    { team: 'b', perspective: 'staff', n: 8, value: 4 },
    { team: 'a', perspective: 'expert', n: 3, value: 5 },
    { team: 'b', perspective: 'expert', n: 4, value: 5 },
    { team: null, perspective: 'management', n: 5, value: 4 },
  ];

  beforeAll(async () => {
    baselineId = await closedWave('baseline', baselineLayout);
    laterId = await closedWave('followUp', laterLayout);
  }, 120_000);

  const itemResults = async (waveId: string, breakdown = 'none') => {
    const res = await s.m.as('GET', `/waves/${waveId}/item-results?breakdown=${breakdown}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('shows each item per group only where its own pattern allows', async () => {
    const byTeam = await itemResults(laterId, 'team');
    expect(byTeam.available).toBe(true);
    const teamA = byTeam.groups.find((g: { key: string }) => g.key === s.org.teams.a.id).cell;
    expect(teamA.visible).toBe(true);
    // Asked of everyone: 15 people in team A answered it.
    expect(teamA.items.knowledgeDifference).toMatchObject({ n: 15 });
    // Asked of experts and management only: 3 experts in team A, hidden (and team B's 4 with it).
    expect(teamA.items.knowledgeRegistration).toEqual({ hidden: 'tooFew' });
    const byPerspective = await itemResults(laterId, 'perspective');
    const experts = byPerspective.groups.find((g: { key: string }) => g.key === 'expert').cell;
    expect(experts.items.knowledgeRegistration).toMatchObject({ n: 7 });
    // Sensitive questions keep their own protection: never an item result.
    expect(byPerspective.total.items.ownExperienceDomesticViolence).toBeUndefined();
  });

  it('lets no insider derive a small group from every page, export and API answer together', async () => {
    // Everything a coordinator can read about the later wave.
    const answers = [
      ...(await Promise.all(['none', 'team', 'perspective'].map((b) => itemResults(laterId, b)))),
      ...(
        await Promise.all(['none', 'team', 'perspective'].map((b) => s.m.results(laterId, b as 'none')))
      ).map((res) => res.results),
    ];
    const comparison = (await s.m.as('GET', `/waves/${laterId}/comparison`)).json();
    for (const format of ['csv', 'xlsx'])
      for (const b of ['none', 'team', 'perspective'])
        expect((await s.m.as('GET', `/waves/${laterId}/results.${format}?breakdown=${b}`)).statusCode).toBe(
          200,
        );
    // The cells behind each group key.
    const cellKey = (g: Layout[number]) => `${teamId(g.team) ?? ''}|${g.perspective}`;
    const cellsOf = (key: string | null) =>
      laterLayout
        .filter(
          (g) =>
            key === null || teamId(g.team) === key || g.perspective === key || (key === 'noTeam' && !g.team),
        )
        .map(cellKey);
    for (const item of instrumentV1.items.filter((i) => i.kind === 'likert')) {
      const asked = laterLayout.filter((g) => item.perspectives.includes(g.perspective));
      const weights = asked.map((g) => ({ key: cellKey(g), weight: g.n }));
      const askedKeys = new Set(weights.map((w) => w.key));
      const shown: Array<{ id: string; cells: string[] }> = [];
      for (const answer of answers) {
        const groups = [
          ...(answer.total ? [{ key: null, cell: answer.total }] : []),
          ...answer.groups,
        ] as Array<{ key: string | null; cell: { visible: boolean; items?: Record<string, object> } }>;
        for (const { key, cell } of groups) {
          const figure = cell.visible ? cell.items?.[item.key] : undefined;
          if (figure && !('hidden' in figure))
            shown.push({ id: `${key}`, cells: cellsOf(key).filter((c) => askedKeys.has(c)) });
        }
      }
      for (const row of comparison.rows.filter(
        (row: { kind: string; key: string; later: number | null }) =>
          row.kind === 'item' && row.key === item.key && row.later !== null,
      ))
        shown.push({
          id: `comparison:${row.perspective}`,
          cells: cellsOf(row.perspective).filter((c) => askedKeys.has(c)),
        });
      expect(findDerivableSmallGroup(weights, shown, 5), item.key).toBeNull();
    }
  });

  it('makes a goal from an item result under its step, refusing bad input and other organisations', async () => {
    const path = `/waves/${baselineId}/items/knowledgeRoles/goals`;
    expect((await s.m.as('POST', path, { title: '' })).statusCode).toBe(400);
    expect((await s.m.as('POST', path, { title: 'Uitleg', deadline: 'morgen' })).statusCode).toBe(400);
    expect(
      (await s.m.as('POST', `/waves/${baselineId}/items/nietBestaand/goals`, { title: 'X' })).statusCode,
    ).toBe(404);
    // A sensitive question is not an item result either.
    expect(
      (await s.m.as('POST', `/waves/${baselineId}/items/ownExperienceDomesticViolence/goals`, { title: 'X' }))
        .statusCode,
    ).toBe(404);
    expect((await expert('POST', path, { title: 'Uitleg' })).statusCode).toBe(403);
    const otherWave = await measurementClient(s.t.app, s.otherAs.coordinator, s.other.id).planWave();
    expect(
      (await s.m.as('POST', `/waves/${otherWave}/items/knowledgeRoles/goals`, { title: 'X' })).statusCode,
    ).toBe(404);
    const goals = () => s.m.as('GET', '/roadmap/goals').then((res) => res.json().goals);
    expect(await goals()).toEqual([]);

    const made = await s.m.as('POST', path, { title: 'Uitleg over de rollen van ervaringsdeskundigen' });
    expect(made.statusCode).toBe(201);
    // knowledgeRoles informs step 4 (scoping) of the framework.
    expect(made.json()).toMatchObject({ stepKey: 'scoping', itemKey: 'knowledgeRoles', fromThisWave: true });
    const [goal] = await goals();
    expect(goal).toMatchObject({
      sourceWaveId: baselineId,
      sourceItemKey: 'knowledgeRoles',
      stepKey: 'scoping',
    });
    const audit = (
      await orgClient(s.t.app, s.org.id).as(await s.sessionFor(s.org.members.org_admin.id))(
        'GET',
        '/audit-log',
      )
    ).json();
    expect(JSON.stringify(audit)).toContain('measurement.goalFromResult');

    // The next wave shows it beside the same item, with its status and latest "doel behaald?".
    const reviewed = await s.m.as('PATCH', `/roadmap/goals/${goal.id}`, {
      version: goal.version,
      status: 'done',
      achieved: 'partly',
    });
    expect(reviewed.statusCode).toBe(200);
    const later = await itemResults(laterId);
    expect(later.goals).toEqual([
      expect.objectContaining({
        id: goal.id,
        itemKey: 'knowledgeRoles',
        status: 'done',
        achieved: 'partly',
        fromThisWave: false,
        sourceWave: expect.objectContaining({ id: baselineId }),
      }),
    ]);
    // The wave it came from lists it as its own; an earlier wave does not see a later goal.
    expect((await itemResults(baselineId)).goals[0]).toMatchObject({ fromThisWave: true });
  });

  it('publishes the terugkoppeling once checked, for every member to read', async () => {
    const path = `/waves/${baselineId}/feedback`;
    expect((await expert('GET', path)).statusCode).toBe(404);
    expect((await expert('GET', `${path}.pdf`)).statusCode).toBe(404);
    for (const bad of [
      { intro: '   ', version: 0 },
      { intro: 'Dank', version: -1 },
      { intro: 'Dank' },
      { intro: 'x'.repeat(4001), version: 0 },
    ]) {
      const res = await s.m.as('PATCH', path, bad);
      expect(res.statusCode).toBe(400);
    }
    expect((await expert('PATCH', path, { intro: 'Dank', version: 0 })).statusCode).toBe(403);
    const otherWave = await measurementClient(s.t.app, s.otherAs.coordinator, s.other.id).planWave();
    expect(
      (await s.m.as('PATCH', `/waves/${otherWave}/feedback`, { intro: 'Dank', version: 0 })).statusCode,
    ).toBe(404);
    const open = await s.m.planWave({ kind: 'followUp' });
    expect((await s.m.as('PATCH', `/waves/${open}/feedback`, { intro: 'Dank', version: 0 })).statusCode).toBe(
      409,
    );
    const wave = async () =>
      (await s.m.as('GET', '/waves')).json().waves.find((w: { id: string }) => w.id === baselineId);
    expect((await wave()).feedbackPublishedAt).toBeNull();

    const published = await s.m.as('PATCH', path, { intro: 'Dank je wel voor het invullen!', version: 0 });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      version: 1,
      intro: 'Dank je wel voor het invullen!',
      responseCount: 20,
    });
    expect((await wave()).feedbackPublishedAt).not.toBeNull();
    // Someone working from the old version is told, and nothing is overwritten.
    const stale = await s.m.as('PATCH', path, { intro: 'Andere tekst', version: 0 });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().current.intro).toBe('Dank je wel voor het invullen!');

    const read = await expert('GET', path);
    expect(read.statusCode).toBe(200);
    const body = read.json();
    expect(body.perspectives).toEqual(['staff']);
    expect(body.goals.map((g: { title: string }) => g.title)).toContain(
      'Uitleg over de rollen van ervaringsdeskundigen',
    );
    expect(body.scales.find((s: { scaleKey: string }) => s.scaleKey === 'knowledge').mean).toEqual(
      expect.any(Number),
    );
    // Only the whole wave: no team or perspective figures in what everyone reads.
    expect(JSON.stringify(body)).not.toContain(s.org.teams.a.id);
    // The same as a PDF, for staff without an account: printed or e-mailed.
    const pdf = await expert('GET', `${path}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Dank je wel voor het invullen!');
    expect(text).toContain('Uitleg over de rollen van ervaringsdeskundigen');
    expect(text).not.toContain(s.org.teams.a.name);
    const list = (await expert('GET', '/feedback')).json().feedback;
    expect(list).toEqual([expect.objectContaining({ waveId: baselineId })]);
  });

  it('compares like for like: only staff, whom both waves asked, and lists the rest', async () => {
    const res = await s.m.as('GET', `/waves/${laterId}/comparison`);
    expect(res.statusCode).toBe(200);
    const comparison = res.json();
    expect(comparison.participants.baseline.perspectives).toEqual(['staff']);
    expect(comparison.participants.later.perspectives).toEqual(['expert', 'management', 'staff']);
    expect(comparison.sharedPerspectives).toEqual(['staff']);
    expect(new Set(comparison.rows.map((row: { perspective: string }) => row.perspective))).toEqual(
      new Set(['staff']),
    );
    expect(comparison.notComparable).toEqual(
      expect.arrayContaining([
        { kind: 'perspective', key: 'expert', reason: 'onlyOneWave' },
        { kind: 'perspective', key: 'management', reason: 'onlyOneWave' },
      ]),
    );
    const climate = comparison.rows.find(
      (row: { kind: string; key: string }) => row.kind === 'scale' && row.key === 'climate',
    );
    expect(climate.later).toBeGreaterThan(climate.baseline);
    expect((await expert('GET', `/waves/${laterId}/comparison`)).statusCode).toBe(403);
  });
});
