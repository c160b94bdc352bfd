import { describe, expect, it } from 'vitest';
import { buildNetworkSection, compareSection, type SectionInput } from './sections.ts';

const orgIds = ['org-a', 'org-b', 'org-c', 'org-d', 'org-e', 'org-f'];
const input = (optedOut: string[] = []): SectionInput => ({
  key: 'measurement',
  metrics: [
    {
      key: 'scale.knowledge',
      unit: 'score',
      current: orgIds.map((orgId, i) => ({ orgId, value: 2 + i * 0.4, optedOut: optedOut.includes(orgId) })),
      history: orgIds.map((orgId, i) => ({
        orgId,
        value: 2 + i * 0.4,
        optedOut: optedOut.includes(orgId),
        date: '2026-05-01',
      })),
    },
  ],
  distributions: [
    {
      key: 'stage.organisation',
      categories: ['notStarted', 'exploring'],
      entries: orgIds.map((orgId) => ({ orgId, category: 'exploring', optedOut: optedOut.includes(orgId) })),
    },
  ],
});

describe('buildNetworkSection', () => {
  it('applies the rules to every metric, its trend and every spread', () => {
    const section = buildNetworkSection(input());
    // Six organisations: a median, no quartiles yet.
    expect(section.metrics[0]?.figure).toEqual({
      withheld: false,
      organisations: 6,
      q1: null,
      median: 3,
      q3: null,
    });
    expect(section.metrics[0]?.trend).toHaveLength(1);
    expect(section.distributions[0]?.counts).toEqual({
      withheld: false,
      organisations: 6,
      counts: { notStarted: 0, exploring: 6 },
    });
    expect(JSON.stringify(section)).not.toContain('org-');
  });

  it('withholds everything once two organisations opt out', () => {
    const section = buildNetworkSection(input(['org-a', 'org-b']));
    expect(section.metrics[0]?.figure.withheld).toBe(true);
    expect(section.metrics[0]?.trend[0]?.figure.withheld).toBe(true);
    expect(section.distributions[0]?.counts.withheld).toBe(true);
  });
});

describe('compareSection', () => {
  it('gives the organisation its own value and the network aggregate only', () => {
    const compared = compareSection(input(), 'org-f');
    expect(compared.metrics[0]).toMatchObject({ own: 4, position: 'aboveMedian' });
    const text = JSON.stringify(compared);
    for (const other of ['2.4', '2.8', '3.2', '3.6']) expect(text).not.toContain(other);
  });

  it('shows an opted-out organisation where it stands against a network without it', () => {
    const compared = compareSection(input(['org-a']), 'org-a');
    expect(compared.metrics[0]).toMatchObject({
      own: 2,
      network: { organisations: 5 },
      position: 'belowMedian',
    });
  });
});
