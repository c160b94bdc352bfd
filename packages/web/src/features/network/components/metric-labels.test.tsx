import { readFileSync } from 'node:fs';
import path from 'node:path';
import { instrumentV1, stepKeys } from '@derde-bron/domain';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { findRawText } from '../../../testing/raw-text.ts';
import { useMetricLabel } from './figures.tsx';

/** The registry figures the server sends, read from its own list. */
const registryKeys = (() => {
  const source = readFileSync(
    path.resolve(process.cwd(), '../server/src/modules/registry/network-section.ts'),
    'utf8',
  );
  const list = source.slice(source.indexOf('const registryMetrics'), source.indexOf('] as const;'));
  return [...list.matchAll(/\['([a-zA-Z]+)'/g)].map((m) => `registry.${m[1]}`);
})();

/** Every figure key the comparison and the network dashboard can show. */
const allKeys = [
  'overallProgress',
  'stage.organisation',
  ...stepKeys.flatMap((step) => [`stepProgress.${step}`, `stage.${step}`]),
  ...instrumentV1.scales.map((scale) => `scale.${scale.key}`),
  ...registryKeys,
];

describe.each(['nl', 'en'] as const)('figure names in %s', (language) => {
  it('names every figure in words, the management self-assessment included', async () => {
    await initI18n(language);
    expect(registryKeys.length).toBeGreaterThan(5);
    const { result } = renderHook(() => useMetricLabel());
    const labels = allKeys.map((key) => result.current(key));
    expect(findRawText(labels.join('\n'))).toEqual([]);
    for (const key of allKeys) expect(labels).not.toContain(key);
    expect(result.current('scale.selfAssessment')).toBe(
      language === 'nl' ? 'Zelfbeoordeling management' : 'Management self-assessment',
    );
  });
});
