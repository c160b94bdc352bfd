/**
 * The anonymity promise tried as an insider would (issue 13): a coordinator or org_admin with every
 * page, export and API answer, over time, and the operator of the database without the secret key.
 * Each `describe` below is one attack that recovered one person's answers before the published
 * pattern, the sealed and shuffled responses and randomized response; each must now fail.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  buildNetworkSection,
  findDerivableSmallGroup,
  instrumentV1,
  type LikertValue,
  randomizeAnswer,
  scoreScale,
} from '@derde-bron/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { networkSections } from '../../app.ts';
import { seedClosedWave } from '../../seed/network-data.ts';
import { queryRows, seedTestOrganisation, staffAnswers, testDatabases } from '../../testing/index.ts';
import { measurementSuite } from '../../testing/suite.ts';
import { loadNetworkInputs } from '../network/sections.ts';
import { defaultRetention, enforceRetention } from '../operations/retention.ts';
import { createResponseSeal } from './sealed-responses.ts';

const scales = instrumentV1.scales.filter((scale) => scale.key !== 'selfAssessment');
/** A respondent's browser: her sensitive answer goes through randomized response before it is sent. */
const sentByBrowser = (answer: string) => randomizeAnswer(answer, ['yes', 'no'], Math.random);
/** Her true score per scale, worked out as the platform does for one person. */
const trueScore = (answers: Record<string, unknown>, scaleKey: string) =>
  scoreScale(answers as never, { key: scaleKey }, instrumentV1.items) ?? 0;

describe.each(testDatabases)('insider attacks on anonymity on $name', ({ target }) => {
  const s = measurementSuite(target);

  const newTeam = async (name: string) =>
    (await s.m.as('POST', '/teams', { name: `${name} ${randomUUID().slice(0, 6)}` })).json().id as string;
  type Group = { key: string; cell: { visible: boolean; n?: number } };
  const groupsOf = (results: { groups: Group[] }) =>
    Object.fromEntries(results.groups.map((g) => [g.key, g.cell]));

  describe('1. two views of one wave', () => {
    it('never shows both all staff and team B when team C is their difference', async () => {
      const [a, b, c] = [await newTeam('A'), await newTeam('B'), await newTeam('C')];
      const waveId = await s.m.planWave({ perspectives: ['staff', 'expert'] });
      const layout = [
        { teamId: a, perspective: 'expert' as const, n: 12 },
        { teamId: b, perspective: 'staff' as const, n: 12 },
        { teamId: c, perspective: 'staff' as const, n: 3 },
      ];
      for (const cell of layout) {
        const { token } = await s.m.groupWithLink(waveId, {
          teamId: cell.teamId,
          perspective: cell.perspective,
          headcount: cell.n,
        });
        const answers = cell.perspective === 'expert' ? expertAnswers() : staffAnswers(4);
        for (let i = 0; i < cell.n; i++) await s.r.answer(token, answers);
      }
      await s.m.close(waveId);
      const byTeam = groupsOf((await s.m.results(waveId, 'team')).results);
      const byPerspective = groupsOf((await s.m.results(waveId, 'perspective')).results);
      expect(byTeam[c]?.visible).toBe(false);
      // The attack: staff (15) minus team B (12) is team C (3). One of the two must be hidden.
      expect(byPerspective.staff?.visible && byTeam[b]?.visible).toBe(false);
      // And no other sum or difference of everything shown gives a group under five either.
      const cellKey = (cell: (typeof layout)[number]) => `${cell.teamId}|${cell.perspective}`;
      const shown = [
        ...((await s.m.results(waveId, 'none')).results.total.visible
          ? [{ id: 'total', cells: layout.map(cellKey) }]
          : []),
        ...layout
          .filter((cell) => byTeam[cell.teamId]?.visible)
          .map((cell) => ({ id: cell.teamId, cells: [cellKey(cell)] })),
        ...(['staff', 'expert'] as const)
          .filter((p) => byPerspective[p]?.visible)
          .map((p) => ({ id: p, cells: layout.filter((cell) => cell.perspective === p).map(cellKey) })),
      ];
      expect(
        findDerivableSmallGroup(
          layout.map((cell) => ({ key: cellKey(cell), weight: cell.n })),
          shown,
          5,
        ),
      ).toBeNull();
      // The exports are the same views: the CSV shows no figure for a hidden team either.
      const csv = (await s.m.as('GET', `/waves/${waveId}/results.csv?breakdown=perspective`)).body;
      if (!byPerspective.staff?.visible) expect(csv).toMatch(/Medewerkers;\d+;;;;;;Verborgen/);
    });
  });

  describe('2. regrouping after close', () => {
    it('keeps a removed team’s one answer its own hidden group, also after retention', async () => {
      const one = await newTeam('Eén');
      const waveId = await s.m.planWave();
      const alone = await s.m.groupWithLink(waveId, { teamId: one, headcount: 1 });
      const rest = await s.m.groupWithLink(waveId, { teamId: null, headcount: 10 });
      await s.r.answer(alone.token, staffAnswers(1, { ownExperienceDomesticViolence: 'yes' }));
      for (let i = 0; i < 10; i++) await s.r.answer(rest.token, staffAnswers(4));
      await s.m.close(waveId);
      const before = await s.m.results(waveId, 'team');
      expect(groupsOf(before.results)[one]?.visible).toBe(false);
      expect((await s.m.as('DELETE', `/teams/${one}`)).statusCode).toBe(204);
      expect(await s.m.results(waveId, 'team')).toEqual(before);
      await s.t.database.db.execute(
        sql`update measurement_waves set closed_at = now() - interval '400 days' where id = ${waveId}`,
      );
      await enforceRetention(s.t.database.db, defaultRetention);
      const after = await s.m.results(waveId, 'team');
      expect(after).toEqual(before);
      // "Geen team" never takes her in: it does not grow from 10 to 11.
      expect(groupsOf(after.results).noTeam?.n).not.toBe(11);
    });
  });

  /** The same "yes" and "no" from the people the attacker knows, in every wave: estimates stay inside 0..1. */
  const knownAnswer = (i: number) =>
    staffAnswers(3, { ownExperienceDomesticViolence: i % 2 === 0 ? 'yes' : 'no' });
  const sentYesOf = (s: { n: number; shares: { yes: { share: number } } }) =>
    Math.round((0.5 * s.shares.yes.share + 0.25) * s.n);

  /** One real person among `known` answers the attacker sent himself, in a group of `known + 1`. */
  async function paddedWave(known: number) {
    const waveId = await s.m.planWave();
    const { token } = await s.m.groupWithLink(waveId, { headcount: known + 1 });
    const hers = staffAnswers(5, { ownExperienceDomesticViolence: sentByBrowser('yes') });
    await Promise.all([
      ...Array.from({ length: known }, (_, i) => s.r.answer(token, knownAnswer(i))),
      s.r.answer(token, hers),
    ]);
    await s.m.close(waveId);
    return { waveId, hers: staffAnswers(5) };
  }

  describe('3. padding a group with answers of one’s own', () => {
    it('cannot read her open answer, nor her score or her sensitive answer with any certainty', async () => {
      const trials = 40;
      let scoresPinned = 0;
      let scoresTried = 0;
      let sensitiveRight = 0;
      for (let trial = 0; trial < trials; trial++) {
        const { waveId, hers } = await paddedWave(9);
        // Open questions are not asked through a shared link at all (see measurement.test.ts).
        if (trial === 0)
          expect((await s.m.as('GET', `/waves/${waveId}/open-answers`)).json().visible).toBe(false);
        const { results } = await s.m.results(waveId);
        for (const scale of scales) {
          const figure = results.total.scales[scale.key];
          const guess = figure.mean * 10 - 9 * 3;
          scoresTried++;
          if (Math.abs(guess - trueScore(hers, scale.key)) < 0.5) scoresPinned++;
        }
        const sensitive = results.sensitive.find(
          (s: { itemKey: string }) => s.itemKey === 'ownExperienceDomesticViolence',
        );
        expect(Object.keys(sensitive)).not.toContain('counts');
        // The attacker works the shares back to what was sent, and takes that for her answer.
        if (sentYesOf(sensitive) === 5 + 1) sensitiveRight++;
      }
      expect(scoresPinned / scoresTried).toBeLessThan(0.5);
      // Randomized response: what was sent is her answer only three times in four.
      expect(sensitiveRight).toBeLessThan(trials);
    }, 180_000);
  });

  describe('4. one joiner between two waves', () => {
    it('cannot tell the joiner’s scores from the difference of two waves’ published figures', async () => {
      const teams = await Promise.all(Array.from({ length: 10 }, (_, i) => newTeam(`Stabiel ${i}`)));
      const wave = async (withJoiner: boolean) => {
        const waveId = await s.m.planWave({ kind: withJoiner ? 'followUp' : 'baseline' });
        for (const teamId of teams) {
          const { token } = await s.m.groupWithLink(waveId, { teamId, headcount: 11 });
          await Promise.all([
            ...Array.from({ length: 10 }, () => s.r.answer(token, staffAnswers(3))),
            ...(withJoiner ? [s.r.answer(token, staffAnswers(5))] : []),
          ]);
        }
        await s.m.close(waveId);
        const groups: Record<string, unknown> = groupsOf((await s.m.results(waveId, 'team')).results);
        return groups as Record<string, { scales: Record<string, { mean: number }> }>;
      };
      const before = await wave(false);
      const after = await wave(true);
      let pinned = 0;
      let tried = 0;
      for (const teamId of teams)
        for (const scale of scales) {
          const guess =
            11 * (after[teamId]?.scales[scale.key]?.mean ?? 0) -
            10 * (before[teamId]?.scales[scale.key]?.mean ?? 0);
          tried++;
          if (Math.abs(guess - trueScore(staffAnswers(5), scale.key)) < 0.5) pinned++;
        }
      expect(pinned / tried).toBeLessThan(0.5);
    }, 120_000);

    it('publishes a sensitive answer only as an estimate, so a joiner’s answer is deniable', async () => {
      /** A wave of the ten people the attacker knows, and the joiner's answer if there is one. */
      const sensitiveOf = async (joiner: boolean) => {
        const waveId = await s.m.planWave();
        const { token } = await s.m.groupWithLink(waveId, { headcount: 11 });
        await Promise.all([
          ...Array.from({ length: 10 }, (_, i) => s.r.answer(token, knownAnswer(i))),
          ...(joiner
            ? [s.r.answer(token, staffAnswers(3, { ownExperienceDomesticViolence: sentByBrowser('yes') }))]
            : []),
        ]);
        await s.m.close(waveId);
        return (await s.m.results(waveId)).results.sensitive[0];
      };
      const before = await sensitiveOf(false);
      let right = 0;
      const waves = 40;
      for (let wave = 0; wave < waves; wave++) {
        const after = await sensitiveOf(true);
        expect(Object.keys(after)).not.toContain('counts');
        if (sentYesOf(after) - sentYesOf(before) === 1) right++;
      }
      // The difference gives what her browser sent: her own answer only three times in four.
      expect(right).toBeLessThan(waves);
      expect(right).toBeGreaterThan(0);
    }, 180_000);
  });

  describe('5. the database', () => {
    it('ties no response to a link, a moment or a group by its rows, system columns or storage order', async () => {
      const waveId = await s.m.planWave();
      const groupId = await s.m.declareGroup(waveId, { headcount: 12 });
      const emails = ['x1.db@example.org', 'x2.db@example.org'];
      await s.m.as('POST', `/waves/${waveId}/invitations`, { groupId, emails });
      const token = await s.m.sharedLink(waveId, groupId);
      const sentOrder = Array.from({ length: 10 }, (_, i) => {
        const answers = staffAnswers(3);
        const keys = Object.keys(answers);
        answers[keys[0] as string] = ((i % 5) + 1) as LikertValue;
        answers[keys[1] as string] = (Math.floor(i / 5) + 1) as LikertValue;
        return answers;
      });
      for (const answers of sentOrder) await s.r.answer(token, answers);
      const open = await queryRows(
        s.t.database,
        sql`select sealed, answers, team_id, perspective, submitted_on from responses where wave_id = ${waveId}`,
      );
      for (const row of open)
        expect(row).toMatchObject({ answers: null, team_id: null, perspective: null, submitted_on: null });

      await s.m.close(waveId);
      const rows = await queryRows(
        s.t.database,
        sql`select xmin::text as xmin, ctid::text as ctid, sealed from responses where wave_id = ${waveId} order by ctid`,
      );
      expect(new Set(rows.map((row) => row.xmin)).size).toBe(1);
      const publication = rows[0]?.xmin;
      // Every link of the wave was touched by the same publication, or none: none is singled out.
      const links = await queryRows(
        s.t.database,
        sql`select xmin::text as xmin from wave_links where wave_id = ${waveId}`,
      );
      expect(links.every((link) => link.xmin === publication)).toBe(true);
      const seal = createResponseSeal(s.t.secretBox);
      const text = (answers: object) => JSON.stringify(Object.entries(answers).sort());
      const stored = rows.map((row) => text(seal.open(String(row.sealed)).answers));
      const sent = sentOrder.map(text);
      expect([...stored].sort()).toEqual([...sent].sort());
      // Stored in another order than they came in (ten in the same order by chance: 1 in 3.6 million).
      expect(stored).not.toEqual(sent);
    });

    it('leaves a signed-in respondent’s session untouched, and no client address in the rate-limit counters', async () => {
      const member = s.org.members.expert;
      const session = await s.sessionFor(member.id);
      await s.t.database.db.execute(
        sql`update sessions set last_seen_at = '2020-01-01T00:00:00Z' where user_id = ${member.id}`,
      );
      const waveId = await s.m.planWave();
      const { token } = await s.m.groupWithLink(waveId, { headcount: 5 });
      const address = '10.77.1.2';
      const res = await s.injectAs(session, {
        method: 'POST',
        url: '/api/respond/submit',
        payload: { token, submissionKey: randomUUID(), answers: staffAnswers(3) },
        remoteAddress: address,
      });
      expect(res.statusCode).toBe(201);
      const seen = await queryRows(
        s.t.database,
        sql`select last_seen_at from sessions where user_id = ${member.id}`,
      );
      expect(seen.every((row) => new Date(String(row.last_seen_at)).getUTCFullYear() === 2020)).toBe(true);
      const plainHash = (route: string) =>
        createHash('sha256').update(`POST ${route}|${address}`).digest('base64url');
      const keys = (await queryRows(s.t.database, sql`select key from rate_limit_hits`)).map((row) =>
        String(row.key),
      );
      for (const route of ['/api/respond/submit', '/api/respond/open']) {
        expect(keys).not.toContain(plainHash(route));
        expect(keys.join()).not.toContain(address);
      }
    });
  });

  describe('6. network figures', () => {
    it('gives no quartile over five organisations: it would be one organisation’s own value', async () => {
      const five = [];
      for (let i = 0; i < 5; i++) {
        const member = await seedTestOrganisation(s.t, `Vijf${i}`);
        await seedClosedWave(s.t.database.db, s.t.secretBox, member.id, {
          title: 'Meting',
          kind: 'baseline',
          opensOn: '2025-01-06',
          closesOn: '2025-01-31',
          count: 8,
          values: [((i % 4) + 1) as LikertValue],
        });
        five.push({ orgId: member.id, optedOut: false });
      }
      const sections = (await loadNetworkInputs(s.t.database.db, networkSections, five)).map(
        buildNetworkSection,
      );
      const knowledge = sections.flatMap((s) => s.metrics).find((metric) => metric.key === 'scale.knowledge');
      expect(knowledge?.figure).toMatchObject({ withheld: false, organisations: 5, q1: null, q3: null });
    });
  });

  describe('7. retention', () => {
    it('keeps nothing finer than the published pattern once the answers are erased', async () => {
      const one = await newTeam('Klein');
      const waveId = await s.m.planWave();
      const small = await s.m.groupWithLink(waveId, { teamId: one, headcount: 1 });
      const rest = await s.m.groupWithLink(waveId, { teamId: null, headcount: 12 });
      await s.r.answer(small.token, staffAnswers(1));
      for (let i = 0; i < 12; i++) await s.r.answer(rest.token, staffAnswers(4));
      await s.m.close(waveId);
      await s.t.database.db.execute(
        sql`update measurement_waves set closed_at = now() - interval '400 days' where id = ${waveId}`,
      );
      await enforceRetention(s.t.database.db, defaultRetention);
      expect(
        await queryRows(s.t.database, sql`select id from responses where wave_id = ${waveId}`),
      ).toHaveLength(0);
      const [wave] = await queryRows(
        s.t.database,
        sql`select published from measurement_waves where id = ${waveId}`,
      );
      const published = wave?.published as {
        groups: Array<{ visibility: { visible: boolean }; n?: number; scales: object }>;
      };
      for (const group of published.groups.filter((g) => !g.visibility.visible)) {
        expect(group.n).toBeUndefined();
        expect(group.scales).toEqual({});
      }
      const tables = await queryRows(
        s.t.database,
        sql`select table_name from information_schema.tables where table_name like '%tall%'`,
      );
      expect(tables).toEqual([]);
    });
  });

  describe('8. participation counts', () => {
    it('says only how many more answers a group needs while open, and nothing per group once closed', async () => {
      const waveId = await s.m.planWave();
      const { token } = await s.m.groupWithLink(waveId, { headcount: 6 });
      for (let i = 0; i < 3; i++) await s.r.answer(token, staffAnswers(3));
      expect((await s.m.groups(waveId))[0]?.progress).toEqual({ state: 'needed', needed: 2 });
      await s.m.close(waveId);
      const [group] = await s.m.groups(waveId);
      expect(group?.progress).toEqual({ state: 'closed' });
      expect(JSON.stringify(group)).not.toMatch(/"(received|used|needed)"/);
      const listed = (await s.m.as('GET', '/waves'))
        .json()
        .waves.find((w: { id: string }) => w.id === waveId);
      expect(listed.responseCount).toBeNull();
    });
  });
});

/** A complete expert response: every Likert item experts are asked, answered 4. */
function expertAnswers() {
  return Object.fromEntries(
    instrumentV1.items
      .filter((item) => item.kind === 'likert' && item.perspectives.includes('expert'))
      .map((item) => [item.key, 4]),
  );
}
