import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.ts';
import type { Auth } from './sessions.ts';

const auth = (name: string): Auth => ({
  session: { idHash: name, csrfToken: 'csrf', isFullySignedIn: true },
  user: { id: name, email: `${name}@example.org`, name, isNetworkAdmin: false, hasTwoFactor: false },
  membership: null,
});
const minute = 60_000;

describe('the session cache of embedded mode', () => {
  it('answers until the session expires or is due for its touch, then asks the database again', () => {
    const cache = createSessionCache({ touchAfterMs: minute, maxEntries: 10 });
    cache.set('a', cache.generation(), { auth: auth('a'), expiresAt: 10 * minute, lastSeenAt: 0 });
    cache.set('b', cache.generation(), { auth: auth('b'), expiresAt: 30_000, lastSeenAt: 0 });
    expect(cache.get('a', minute - 1)?.user.name).toBe('a');
    expect(cache.get('a', minute)).toBeUndefined();
    expect(cache.get('b', 29_999)?.user.name).toBe('b');
    expect(cache.get('b', 30_000)).toBeUndefined();
  });

  it('drops everything on a change, and never stores what was read before that change', () => {
    const cache = createSessionCache({ touchAfterMs: minute, maxEntries: 10 });
    cache.set('a', cache.generation(), { auth: auth('a'), expiresAt: minute, lastSeenAt: 0 });
    const readBeforeChange = cache.generation();
    cache.clear();
    expect(cache.get('a', 1)).toBeUndefined();
    cache.set('b', readBeforeChange, { auth: auth('b'), expiresAt: minute, lastSeenAt: 0 });
    expect(cache.get('b', 1)).toBeUndefined();
    cache.set('b', cache.generation(), { auth: auth('b'), expiresAt: minute, lastSeenAt: 0 });
    expect(cache.get('b', 1)?.user.name).toBe('b');
  });

  it('keeps at most its maximum, letting the oldest go first', () => {
    const cache = createSessionCache({ touchAfterMs: minute, maxEntries: 2 });
    for (const name of ['a', 'b', 'c'])
      cache.set(name, cache.generation(), { auth: auth(name), expiresAt: minute, lastSeenAt: 0 });
    expect(cache.size).toBe(2);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.user.name).toBe('c');
  });
});
