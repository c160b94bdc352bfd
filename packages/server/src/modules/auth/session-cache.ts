import type { Auth } from './sessions.ts';

export type CachedSession = { auth: Auth; expiresAt: number; lastSeenAt: number };

/**
 * Resolved sessions kept in memory, for embedded mode only: there one process makes every change,
 * and the database tells it (NOTIFY from triggers, drizzle/0020_session_lookup.sql) the moment a
 * session, user, membership or organisation changes, before the change's own request goes on. Any
 * such change drops every entry. An entry is used until its session expires or is due for its
 * once-a-minute touch; then the database decides again (idle time, expiry, last-seen).
 *
 * A read that started before a change must not store what it read after the change dropped the
 * entries: `generation()` is taken before reading and `set` ignores an answer from an older one.
 */
export function createSessionCache({
  touchAfterMs,
  maxEntries,
}: {
  touchAfterMs: number;
  maxEntries: number;
}) {
  let generation = 0;
  const entries = new Map<string, CachedSession>();
  return {
    get(idHash: string, now: number): Auth | undefined {
      const entry = entries.get(idHash);
      if (!entry) return undefined;
      if (now >= entry.expiresAt || now - entry.lastSeenAt >= touchAfterMs) {
        entries.delete(idHash);
        return undefined;
      }
      return entry.auth;
    },
    generation: () => generation,
    set(idHash: string, readAtGeneration: number, entry: CachedSession) {
      if (readAtGeneration !== generation) return;
      // Oldest first out: a Map keeps insertion order.
      if (!entries.has(idHash) && entries.size >= maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(idHash, entry);
    },
    clear() {
      generation++;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
