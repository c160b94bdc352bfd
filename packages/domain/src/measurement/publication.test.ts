import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemsForPerspective, type LikertAnswer, type Perspective } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import {
  auditPublishedWave,
  cellKeyOf,
  laplace,
  type PublishedWave,
  publishWave,
  type WaveCell,
} from './publication.ts';
import { viewPublishedWave } from './published-views.ts';
import { tallyByCell } from './tally.ts';

const { scales, items } = instrumentV1;
const thresholds = { minCell: 5, minSensitiveCell: 10 };
const scaleKeys = scales.map((scale) => scale.key);

/** A response with every Likert item answered `value` (or "weet ik niet" on `skipScale`). */
function answers(
  perspective: Perspective,
  value: number,
  extra: Record<string, string> = {},
  skipScale?: string,
) {
  const out: Record<string, LikertAnswer | string> = { ...extra };
  for (const item of itemsForPerspective(items, perspective))
    if (item.kind === 'likert')
      out[item.key] = item.scaleKey === skipScale ? 'dontKnow' : (value as LikertAnswer);
  return out;
}

type Group = {
  team: string | null;
  perspective: Perspective;
  n: number;
  value?: number;
  extra?: Record<string, string>;
  skipScale?: string;
};
function cellsOf(groups: Group[], viaSharedLink = false): WaveCell[] {
  const responses = groups.flatMap((g) =>
    Array.from({ length: g.n }, () => ({
      teamId: g.team,
      perspective: g.perspective,
      answers: answers(g.perspective, g.value ?? 4, g.extra, g.skipScale),
    })),
  );
  return tallyByCell(responses, { scales, items }).map((cell) => ({
    ...cell,
    declared: cell.tally.responses,
    viaSharedLink,
  }));
}

/** No noise: the uniform number ½ gives Laplace noise 0. */
const noNoise = () => 0.5;
const publish = (cells: WaveCell[], uniform: (key: string) => number = noNoise, invitationResponses = 0) =>
  publishWave({
    scales,
    items,
    cells,
    teamLabels: new Map(['A', 'B', 'C'].map((team) => [team, `Team ${team}`])),
    thresholds,
    invitationResponses,
    uniform,
  });

const group = (published: PublishedWave, id: string) => published.groups.find((g) => g.id === id);

describe('publishWave', () => {
  it('shows the whole wave, each team and each perspective from one pattern', () => {
    const published = publish(
      cellsOf([
        { team: 'A', perspective: 'staff', n: 6, value: 3 },
        { team: 'B', perspective: 'staff', n: 7, value: 3 },
      ]),
    );
    expect(published.groups.map((g) => [g.id, g.visibility.visible])).toEqual([
      ['total', true],
      ['team:A', true],
      ['team:B', true],
      ['perspective:staff', true],
    ]);
    expect(group(published, 'team:A')).toMatchObject({ label: 'Team A', n: 6, declared: 6 });
    expect(group(published, 'total')?.scales.knowledge).toEqual({ n: 13, mean: 3, dontKnowShare: 0 });
  });

  it('defeats the two-views attack: staff minus team B never gives team C', () => {
    const cells = cellsOf([
      { team: 'A', perspective: 'expert', n: 12 },
      { team: 'B', perspective: 'staff', n: 12 },
      { team: 'C', perspective: 'staff', n: 3 },
    ]);
    const published = publish(cells);
    expect(auditPublishedWave(published, cells, scaleKeys)).toEqual([]);
    const shown = (id: string) => group(published, id)?.visibility.visible;
    expect(shown('team:C')).toBe(false);
    expect(shown('team:B') && shown('perspective:staff')).toBe(false);
    // Every view of the wave reads the same groups: no view shows what another hid.
    for (const breakdown of ['none', 'team', 'perspective'] as const)
      for (const { key, cell } of viewPublishedWave(published, breakdown).groups)
        expect(cell.visible).toBe(
          group(
            published,
            breakdown === 'team' ? `team:${key === 'noTeam' ? 'none' : key}` : `perspective:${key}`,
          )?.visibility.visible,
        );
  });

  it('hides a scale where too few people have a score, with another group so it cannot be subtracted', () => {
    const cells = cellsOf([
      { team: 'A', perspective: 'staff', n: 6 },
      { team: 'B', perspective: 'staff', n: 3, skipScale: 'knowledge' },
      { team: 'B', perspective: 'staff', n: 3 },
      { team: 'C', perspective: 'staff', n: 8 },
    ]);
    const published = publish(cells);
    expect(group(published, 'team:B')?.scales.knowledge).toEqual({ hidden: 'tooFew' });
    const hiddenKnowledge = published.groups.filter(
      (g) => g.visibility.visible && 'hidden' in (g.scales.knowledge ?? {}),
    );
    expect(hiddenKnowledge.length).toBeGreaterThanOrEqual(2);
    expect(auditPublishedWave(published, cells, scaleKeys)).toEqual([]);
  });

  it('adds the same noise to the same people in every view, and fresh noise to another set of people', () => {
    const uniform = (key: string) => (key.length % 7) / 10 + 0.2;
    const cells = cellsOf([{ team: 'A', perspective: 'staff', n: 8 }]);
    const published = publish(cells, uniform);
    // Team A, the staff and the whole wave are the same eight people: one figure, shown three times.
    const means = ['total', 'team:A', 'perspective:staff'].map(
      (id) => group(published, id)?.scales.knowledge,
    );
    expect(new Set(means.map((m) => JSON.stringify(m))).size).toBe(1);
  });

  it('never publishes exact counts of a sensitive answer, and only over ten answers', () => {
    const yes = { ownExperienceDomesticViolence: 'yes' };
    const no = { ownExperienceDomesticViolence: 'no' };
    const nine = publish(cellsOf([{ team: 'A', perspective: 'staff', n: 9, extra: yes }]));
    expect(nine.sensitive.find((s) => s.itemKey === 'ownExperienceDomesticViolence')).toEqual({
      itemKey: 'ownExperienceDomesticViolence',
      visible: false,
    });
    const twenty = publish(
      cellsOf([
        { team: 'A', perspective: 'staff', n: 15, extra: yes },
        { team: 'B', perspective: 'staff', n: 5, extra: no },
      ]),
    );
    const result = twenty.sensitive.find((s) => s.itemKey === 'ownExperienceDomesticViolence');
    expect(result).toMatchObject({ visible: true, n: 20 });
    expect(JSON.stringify(result)).not.toContain('"counts"');
    if (!result?.visible) throw new Error('shown');
    // 15 of 20 randomized "yes": (0.75 − 0.25) / 0.5 = 1.
    expect(result.shares.yes?.share).toBe(1);
    expect(result.shares.yes?.margin).toBeGreaterThan(0.3);
  });

  it('shows open answers only from ten invitation responses', () => {
    const cells = cellsOf([{ team: 'A', perspective: 'staff', n: 20 }]);
    expect(publish(cells, noNoise, 9).openAnswers.visible).toBe(false);
    expect(publish(cells, noNoise, 10).openAnswers.visible).toBe(true);
  });

  it('marks groups whose answers came through a shared link', () => {
    const published = publish(cellsOf([{ team: 'A', perspective: 'staff', n: 6 }], true));
    expect(group(published, 'team:A')?.viaSharedLink).toBe(true);
  });

  it('keeps one person’s score from being read off a group of known answers (padding), most of the time', () => {
    // Nine known answers of 3 and one unknown answer of 5: the attacker works back from the mean.
    let pinned = 0;
    const trials = 400;
    const known = Array.from({ length: 9 }, () => ({
      teamId: 'A',
      perspective: 'staff' as const,
      answers: answers('staff', 3),
    }));
    const hers = { teamId: 'A', perspective: 'staff' as const, answers: answers('staff', 5) };
    const cells = tallyByCell([...known, hers], { scales, items }).map((cell) => ({
      ...cell,
      declared: 10,
      viaSharedLink: true,
    }));
    for (let trial = 0; trial < trials; trial++) {
      const published = publish(cells, () => Math.random());
      const figure = group(published, 'team:A')?.scales.knowledge;
      if (!figure || 'hidden' in figure || figure.mean === null) throw new Error('shown');
      const guess = figure.mean * 10 - 27;
      if (Math.abs(guess - 5) < 0.5) pinned++;
    }
    expect(pinned / trials).toBeLessThan(0.4);
  }, 60_000);

  it('publishes nothing any generated wave lets an insider derive under the threshold', () => {
    const perspectives: Perspective[] = ['staff', 'expert', 'management'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            team: fc.constantFrom(null, 'A', 'B', 'C'),
            perspective: fc.constantFrom(...perspectives),
            n: fc.integer({ min: 1, max: 9 }),
            skip: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (spec) => {
          const cells = cellsOf(
            spec.map((s) => ({
              team: s.team,
              perspective: s.perspective,
              n: s.n,
              ...(s.skip ? { skipScale: 'climate' } : {}),
            })),
          );
          const published = publish(cells, () => Math.random());
          expect(auditPublishedWave(published, cells, scaleKeys)).toEqual([]);
          for (const g of published.groups) if (g.visibility.visible) expect(g.n).toBeGreaterThanOrEqual(5);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('laplace', () => {
  it('is zero in the middle and symmetric around it', () => {
    expect(laplace(0.5, 2)).toBe(0);
    expect(laplace(0.25, 2)).toBeCloseTo(-laplace(0.75, 2));
    expect(laplace(0.75, 2)).toBeCloseTo(2 * Math.log(2));
  });
});

describe('cellKeyOf', () => {
  it('names a cell by team (empty for none) and perspective', () => {
    expect(cellKeyOf({ teamId: null, perspective: 'staff' })).toBe('|staff');
    expect(cellKeyOf({ teamId: 'A', perspective: 'expert' })).toBe('A|expert');
  });
});
