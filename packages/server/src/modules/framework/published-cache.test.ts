import { bundledFrameworks } from '@derde-bron/domain';
import { describe, expect, it } from 'vitest';
import { createPublishedFrameworkCache } from './published-cache.ts';

const [bundled] = bundledFrameworks;
if (!bundled) throw new Error('version 1 ships with the code');
const { content } = bundled;

/** A stand-in for the repository that counts how often the database would be asked. */
function fakeFrameworks() {
  const published = new Map([[1, { id: 'a', version: 1, publishedAt: new Date(0), content }]]);
  const calls = { current: 0, byVersion: 0 };
  return {
    calls,
    publish: (version: number) =>
      published.set(version, { id: String(version), version, publishedAt: new Date(0), content }),
    async getCurrentVersionNumber() {
      calls.current++;
      return Math.max(...published.keys());
    },
    async getByVersion(version: number) {
      calls.byVersion++;
      return published.get(version) ?? null;
    },
  };
}

describe('published framework cache', () => {
  it('builds the JSON of a version once and reuses it', async () => {
    const frameworks = fakeFrameworks();
    const cache = createPublishedFrameworkCache(frameworks, (row) =>
      JSON.stringify({ version: row.version }),
    );
    expect(await cache.getVersionJson(1)).toBe('{"version":1}');
    expect(await cache.getVersionJson(1)).toBe('{"version":1}');
    expect(frameworks.calls.byVersion).toBe(1);
  });

  it('answers null for a version that was never published, and asks again later', async () => {
    const frameworks = fakeFrameworks();
    const cache = createPublishedFrameworkCache(frameworks, () => '{}');
    expect(await cache.getVersionJson(7)).toBeNull();
    frameworks.publish(7);
    expect(await cache.getVersionJson(7)).toBe('{}');
  });

  it('picks up a version published elsewhere once its idea of the current one is a few seconds old', async () => {
    let clock = 0;
    const frameworks = fakeFrameworks();
    const cache = createPublishedFrameworkCache(
      frameworks,
      (row) => String(row.version),
      () => clock,
    );
    expect((await cache.getCurrentJson())?.version).toBe(1);
    frameworks.publish(2);
    clock += 1000;
    expect((await cache.getCurrentJson())?.version).toBe(1);
    clock += 5000;
    expect((await cache.getCurrentJson())?.version).toBe(2);
  });

  it('picks up a version at once after this instance published it', async () => {
    const frameworks = fakeFrameworks();
    const cache = createPublishedFrameworkCache(
      frameworks,
      (row) => String(row.version),
      () => 0,
    );
    expect((await cache.getCurrentJson())?.version).toBe(1);
    frameworks.publish(2);
    cache.invalidateCurrent();
    expect((await cache.getCurrentJson())?.version).toBe(2);
  });
});
