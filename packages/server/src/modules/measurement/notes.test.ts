import { describe, expect, it } from 'vitest';
import { daysFromToday, seedTestOrganisation, testDatabases } from '../../testing/index.ts';
import { organisationSuite } from '../../testing/suite.ts';

describe.each(testDatabases)('notes from team conversations on $name', ({ target }) => {
  const s = organisationSuite(target, {
    prefix: '/conversation-notes',
    headers: { 'accept-language': 'nl' },
  });
  const as = s.actingAs('coordinator');
  const note = {
    heldOn: daysFromToday(-3),
    teamId: null,
    summary: 'Collega’s willen meer weten over wat een ervaringsdeskundige doet.',
    themes: ['Scholing', ' werkdruk '],
  };

  it('records a note with cleaned themes and counts how often each theme came up', async () => {
    const first = await as('POST', '', { ...note, teamId: s.org.teams.a.id });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      teamId: s.org.teams.a.id,
      themes: ['Scholing', 'werkdruk'],
      version: 1,
    });
    await as('POST', '', { ...note, heldOn: daysFromToday(-1), themes: ['scholing', 'Veilig klimaat'] });
    const list = (await as('GET', '')).json();
    expect(list.notes.map((n: { heldOn: string }) => n.heldOn)).toEqual([
      daysFromToday(-1),
      daysFromToday(-3),
    ]);
    // One theme whatever its case: named in both notes.
    expect(list.themes[0]).toMatchObject({ theme: expect.stringMatching(/^scholing$/i), notes: 2 });
  });

  it('refuses a stale save with 409 and the current note, and overwrites nothing', async () => {
    const created = (await as('POST', '', note)).json();
    const saved = await as('PATCH', `/${created.id}`, { ...note, summary: 'Eerste wijziging', version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    const stale = await as('PATCH', `/${created.id}`, { ...note, summary: 'Tweede wijziging', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ summary: 'Eerste wijziging', version: 2 });
    const list = (await as('GET', '')).json().notes;
    expect(list.find((n: { id: string }) => n.id === created.id).summary).toBe('Eerste wijziging');
  });

  it.each([
    ['an empty summary', { summary: '   ' }],
    ['a summary over 5,000 characters', { summary: 'a'.repeat(5001) }],
    ['a theme over 60 characters', { themes: ['t'.repeat(61)] }],
    ['eleven themes', { themes: Array.from({ length: 11 }, (_, i) => `thema ${i}`) }],
    ['a date that is not a date', { heldOn: '31-02-2026' }],
  ])('refuses %s in Dutch and stores nothing', async (_case, change) => {
    const before = (await as('GET', '')).json().notes.length;
    const res = await as('POST', '', { ...note, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[a-z]/);
    expect((await as('GET', '')).json().notes).toHaveLength(before);
  });

  it('refuses a team of another organisation, and deletes a note', async () => {
    const other = await seedTestOrganisation(s.t, 'Ander');
    expect((await as('POST', '', { ...note, teamId: other.teams.a.id })).statusCode).toBe(400);
    const created = (await as('POST', '', note)).json();
    expect((await as('DELETE', `/${created.id}`)).statusCode).toBe(204);
    expect((await as('GET', '')).json().notes.some((n: { id: string }) => n.id === created.id)).toBe(false);
    expect((await as('DELETE', `/${created.id}`)).statusCode).toBe(404);
  });
});
