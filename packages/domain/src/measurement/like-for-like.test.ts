import { describe, expect, it } from 'vitest';
import {
  itemsForPerspective,
  type LikertAnswer,
  type Perspective,
  selfAssessmentScaleKey,
} from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { publishItemResults, tallyItemsByCell } from './item-results.ts';
import { compareLikeForLike } from './like-for-like.ts';
import { publishWave } from './publication.ts';
import { tallyByCell } from './tally.ts';

type Shape = { scales: typeof instrumentV1.scales; items: typeof instrumentV1.items };

/** A later version without the self-assessment, as a second instrument version might be. */
const withoutSelfAssessment: Shape = {
  scales: instrumentV1.scales.filter((s) => s.key !== selfAssessmentScaleKey),
  items: instrumentV1.items.filter((i) => i.scaleKey !== selfAssessmentScaleKey),
};

function wave(instrument: Shape, groups: Array<{ perspective: Perspective; n: number; value: number }>) {
  const responses = groups.flatMap((g) =>
    Array.from({ length: g.n }, () => ({
      teamId: null,
      perspective: g.perspective,
      answers: Object.fromEntries(
        itemsForPerspective(instrument.items, g.perspective)
          .filter((item) => item.kind === 'likert')
          .map((item) => [item.key, g.value as LikertAnswer]),
      ),
    })),
  );
  const cells = tallyByCell(responses, instrument).map((cell) => ({
    ...cell,
    declared: cell.tally.responses,
    viaSharedLink: false,
  }));
  const uniform = () => 0.5;
  const published = publishWave({
    ...instrument,
    cells,
    teamLabels: new Map(),
    thresholds: { minCell: 5, minSensitiveCell: 10 },
    invitationResponses: 0,
    uniform,
  });
  return {
    instrument,
    published: publishItemResults({
      published,
      items: instrument.items,
      cellTallies: tallyItemsByCell(responses, instrument.items),
      uniform,
    }),
  };
}

describe('compareLikeForLike', () => {
  it('compares per perspective only the perspectives both waves asked, and lists the rest', () => {
    const baseline = wave(instrumentV1, [{ perspective: 'staff', n: 20, value: 2 }]);
    const later = wave(instrumentV1, [
      { perspective: 'staff', n: 20, value: 3 },
      { perspective: 'expert', n: 6, value: 5 },
      { perspective: 'management', n: 5, value: 5 },
    ]);
    const comparison = compareLikeForLike(baseline, later);
    expect(comparison.participants.baseline.perspectives).toEqual(['staff']);
    expect(comparison.participants.later.perspectives).toEqual(['expert', 'management', 'staff']);
    expect(comparison.sharedPerspectives).toEqual(['staff']);
    expect(new Set(comparison.rows.map((row) => row.perspective))).toEqual(new Set(['staff']));
    // The staff's own move, not one lifted by the experts' and management's fives.
    expect(comparison.rows.find((row) => row.kind === 'scale' && row.key === 'climate')).toEqual({
      perspective: 'staff',
      kind: 'scale',
      key: 'climate',
      // 2 on every item, with the reverse-worded ones counted as 6 − 2.
      baseline: 2.3,
      later: 3,
      difference: 0.7,
    });
    expect(comparison.notComparable).toEqual(
      expect.arrayContaining([
        { kind: 'perspective', key: 'expert', reason: 'onlyOneWave' },
        { kind: 'perspective', key: 'management', reason: 'onlyOneWave' },
      ]),
    );
    // Items too, for the same perspective only; an item staff are not asked is not a row.
    expect(comparison.rows.find((row) => row.kind === 'item' && row.key === 'climateSupport')).toMatchObject({
      baseline: 2,
      later: 3,
    });
    expect(comparison.rows.some((row) => row.key === 'knowledgeRegistration')).toBe(false);
  });

  it('compares only the scales and items both instrument versions share, and says which not', () => {
    const baseline = wave(instrumentV1, [
      { perspective: 'staff', n: 10, value: 3 },
      { perspective: 'management', n: 6, value: 3 },
    ]);
    const later = wave(withoutSelfAssessment, [
      { perspective: 'staff', n: 10, value: 4 },
      { perspective: 'management', n: 6, value: 4 },
    ]);
    const comparison = compareLikeForLike(baseline, later);
    expect(comparison.rows.some((row) => row.key.startsWith(selfAssessmentScaleKey))).toBe(false);
    expect(comparison.notComparable).toContainEqual({
      kind: 'scale',
      key: selfAssessmentScaleKey,
      reason: 'notInBothVersions',
    });
    expect(comparison.notComparable).toContainEqual({
      kind: 'item',
      key: 'selfAssessmentEmbedding',
      reason: 'notInBothVersions',
    });
    expect(
      comparison.rows.filter((row) => row.kind === 'scale' && row.perspective === 'management'),
    ).toHaveLength(5);
  });

  it('compares a figure hidden in either wave as nothing', () => {
    const baseline = wave(instrumentV1, [{ perspective: 'staff', n: 4, value: 3 }]);
    const later = wave(instrumentV1, [{ perspective: 'staff', n: 10, value: 4 }]);
    const row = compareLikeForLike(baseline, later).rows.find((r) => r.key === 'knowledge');
    expect(row).toMatchObject({ baseline: null, later: 3.6, difference: null });
  });
});
