import type { FrameworkRepository } from './repository.ts';

type Serialize = (version: NonNullable<Awaited<ReturnType<FrameworkRepository['getByVersion']>>>) => string;

/** How long this instance trusts its idea of the current version before asking the database again. */
const currentVersionTtlMs = 5000;

/**
 * A published version never changes, so its JSON is built once per process and reused. Which
 * version is current is asked of the database at most every few seconds: another instance may
 * publish, and a new version then shows here within that time (at once on the publishing instance).
 */
export function createPublishedFrameworkCache(
  frameworks: Pick<FrameworkRepository, 'getByVersion' | 'getCurrentVersionNumber'>,
  serialize: Serialize,
  now: () => number = Date.now,
) {
  const byVersion = new Map<number, string>();
  let current: { version: number | null; checkedAt: number } | null = null;

  async function currentVersion() {
    if (!current || now() - current.checkedAt > currentVersionTtlMs) {
      current = { version: await frameworks.getCurrentVersionNumber(), checkedAt: now() };
    }
    return current.version;
  }

  async function json(version: number): Promise<string | null> {
    const cached = byVersion.get(version);
    if (cached) return cached;
    const found = await frameworks.getByVersion(version);
    if (!found) return null;
    const serialized = serialize(found);
    byVersion.set(version, serialized);
    return serialized;
  }

  return {
    /** Forgets which version is current, after this instance published one. */
    invalidateCurrent() {
      current = null;
    },
    /** The JSON of one version, or null when it was never published. */
    getVersionJson: json,
    /** The current version's number and JSON, or null before anything is published. */
    async getCurrentJson() {
      const version = await currentVersion();
      if (version === null) return null;
      const serialized = await json(version);
      return serialized === null ? null : { version, json: serialized };
    },
  };
}

export type PublishedFrameworkCache = ReturnType<typeof createPublishedFrameworkCache>;
