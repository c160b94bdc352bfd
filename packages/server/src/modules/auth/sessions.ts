import type { OrgRole } from '@derde-bron/domain';
import { eq, lt, or, sql } from 'drizzle-orm';
import { createToken, hashToken } from '../../crypto/tokens.ts';
import type { Db } from '../../db/client.ts';
import type { Tx } from '../../db/tenant.ts';
import { memberships, organisations } from '../organisations/table.ts';
import { sessions, users } from './table.ts';

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

/** Only write last-seen once a minute: every request reads the session, few need to write it. */
const touchAfterMs = 60_000;

/**
 * Sessions live in the database so that any app instance can serve any user. A session ends after
 * `idleMinutes` without use or `maxHours` after sign-in, whichever comes first.
 */
export function createSessionStore(db: Db, limits: { idleMinutes: number; maxHours: number }) {
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

    async resolve(token: string): Promise<Auth | null> {
      const idHash = hashToken(token);
      const [row] = await db
        .select({
          session: sessions,
          user: users,
          membership: memberships,
          organisationName: organisations.name,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .leftJoin(memberships, eq(memberships.userId, users.id))
        .leftJoin(organisations, eq(organisations.id, memberships.orgId))
        .where(eq(sessions.idHash, idHash));
      if (!row) return null;
      const now = Date.now();
      const idleSince = now - limits.idleMinutes * 60_000;
      if (row.session.expiresAt.getTime() <= now || row.session.lastSeenAt.getTime() <= idleSince) {
        await db.delete(sessions).where(eq(sessions.idHash, idHash));
        return null;
      }
      if (now - row.session.lastSeenAt.getTime() > touchAfterMs) {
        await db
          .update(sessions)
          .set({ lastSeenAt: new Date(now) })
          .where(eq(sessions.idHash, idHash));
      }
      const { user, membership } = row;
      return {
        session: { idHash, csrfToken: row.session.csrfToken, isFullySignedIn: row.session.isFullySignedIn },
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          isNetworkAdmin: user.isNetworkAdmin,
          hasTwoFactor: user.totpEnabledAt !== null,
        },
        membership: membership
          ? {
              id: membership.id,
              orgId: membership.orgId,
              organisationName: row.organisationName ?? '',
              role: membership.role,
              teamId: membership.teamId,
            }
          : null,
      };
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
