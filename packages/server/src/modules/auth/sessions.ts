import type { OrgRole } from '@derde-bron/domain';
import { eq, lt, or, sql } from 'drizzle-orm';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import type { SessionCache } from './session-cache.ts';
import { sessions } from './table.ts';

export type Auth = {
  session: { idHash: string; csrfToken: string; isFullySignedIn: boolean };
  user: { id: string; email: string; name: string; isNetworkAdmin: boolean; hasTwoFactor: boolean };
  membership: {
    id: string;
    orgId: string;
    organisationName: string;
    role: OrgRole;
    teamId: string | null;
  } | null;
};

/** A row of `derde_bron_resolve_session`: both drivers answer the function's columns as they are. */
type ResolvedSession = {
  expires_at_ms: number;
  last_seen_at_ms: number;
  csrf_token: string;
  is_fully_signed_in: boolean;
  user_id: string;
  email: string;
  name: string;
  is_network_admin: boolean;
  has_two_factor: boolean;
  membership_id: string | null;
  org_id: string | null;
  organisation_name: string | null;
  role: OrgRole | null;
  team_id: string | null;
};

/**
 * Sessions live in the database so that any app instance can serve any user. A session ends after
 * `idleMinutes` without use or `maxHours` after sign-in, whichever comes first.
 */
export function createSessionStore(
  db: Db,
  limits: { idleMinutes: number; maxHours: number },
  /** Embedded mode only (see session-cache.ts). */
  cache?: SessionCache,
) {
  return {
    async create(userId: string, isFullySignedIn: boolean) {
      const token = createToken();
      const expiresAt = new Date(Date.now() + limits.maxHours * 3_600_000);
      await db.insert(sessions).values({
        idHash: hashToken(token),
        userId,
        isFullySignedIn,
        csrfToken: createToken(),
        expiresAt,
      });
      return { token, expiresAt };
    },

    /**
     * Who holds this token, in one statement (see drizzle/0020_session_lookup.sql): the session
     * is checked, an expired or idle one removed, and last-seen written at most once a minute.
     */
    async resolve(token: string): Promise<Auth | null> {
      const idHash = hashToken(token);
      const cached = cache?.get(idHash, Date.now());
      if (cached) return cached;
      const readAt = cache?.generation();
      const result = (await db.execute(
        sql`select * from derde_bron_resolve_session(${idHash}, ${limits.idleMinutes})`,
      )) as unknown as { rows: ResolvedSession[] };
      const row = result.rows[0];
      if (!row) return null;
      const auth: Auth = {
        session: { idHash, csrfToken: row.csrf_token, isFullySignedIn: row.is_fully_signed_in },
        user: {
          id: row.user_id,
          email: row.email,
          name: row.name,
          isNetworkAdmin: row.is_network_admin,
          hasTwoFactor: row.has_two_factor,
        },
        membership:
          row.membership_id && row.org_id && row.role
            ? {
                id: row.membership_id,
                orgId: row.org_id,
                organisationName: row.organisation_name ?? '',
                role: row.role,
                teamId: row.team_id,
              }
            : null,
      };
      if (cache && readAt !== undefined) {
        cache.set(idHash, readAt, {
          auth: deepFreeze(auth),
          expiresAt: row.expires_at_ms,
          lastSeenAt: row.last_seen_at_ms,
        });
      }
      return auth;
    },

    async remove(idHash: string) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },

    /** Pass the transaction when inside one: embedded PostgreSQL has a single connection. */
    async removeAllForUser(userId: string, executor: Db | Tx = db) {
      await executor.delete(sessions).where(eq(sessions.userId, userId));
    },

    /** Deletes sessions that can no longer be used (run now and then; they are refused anyway). */
    async removeExpired() {
      await db
        .delete(sessions)
        .where(
          or(
            lt(sessions.expiresAt, sql`now()`),
            lt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${limits.idleMinutes})`),
          ),
        );
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** A cached answer is shared by every request of that session: nothing may change it. */
function deepFreeze(auth: Auth): Auth {
  Object.freeze(auth.session);
  Object.freeze(auth.user);
  if (auth.membership) Object.freeze(auth.membership);
  return Object.freeze(auth);
}
