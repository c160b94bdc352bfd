import { describe, expect, it } from 'vitest';
import { selfAssessmentScaleKey } from './instrument.ts';
import { instrumentV1 } from './instrument-v1.ts';
import { instrumentV2 } from './instrument-v2.ts';
import { instrumentContentSchema } from './schema.ts';

describe('instrument v2', () => {
  it('passes the schema', () => {
    expect(instrumentContentSchema.safeParse(instrumentV2).success).toBe(true);
  });

  it('asks one perspective, medewerkers: no small group answers on its own', () => {
    expect(instrumentV2.perspectives.map((p) => p.key)).toEqual(['staff']);
    expect(instrumentV2.items.every((item) => item.perspectives.join() === 'staff')).toBe(true);
  });

  it('has no self-assessment scale: that judgement is the implementatiemonitor’s, named', () => {
    expect(instrumentV2.scales.map((s) => s.key)).not.toContain(selfAssessmentScaleKey);
    expect(instrumentV2.items.some((item) => item.scaleKey === selfAssessmentScaleKey)).toBe(false);
  });

  it('keeps every question v1 asked of everyone, with the same keys, and leaves v1 as it was', () => {
    const askedOfAll = instrumentV1.items.filter(
      (item) => item.perspectives.length === 4 && item.scaleKey !== selfAssessmentScaleKey,
    );
    expect(instrumentV2.items.map((item) => item.key)).toEqual(askedOfAll.map((item) => item.key));
    expect(instrumentV2.items.map((i) => i.key)).not.toContain('deploymentRoomForExpertise');
    expect(instrumentV1.perspectives).toHaveLength(4);
    expect(instrumentV1.scales.map((s) => s.key)).toContain(selfAssessmentScaleKey);
  });
});
