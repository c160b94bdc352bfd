import { createHash, randomBytes } from 'node:crypto';
import { newestMigration } from './migrations-state.ts';

/**
 * The database roles, and what each may do. Checked by the owner (the `DATABASE_URL` login, which
 * ran the migrations) at every start, after the migrations, and made again whenever they are not as
 * this code and these migrations want them: so that it also holds for tables a later migration adds
 * and after a restore without grants or into a new cluster (where no role of ours exists yet).
 *
 * - owner: owns the tables; runs migrations, the job queue (pg-boss) and backups. Never serves a
 *   request.
 * - request role (`<database>_request`, LOGIN): every query of the request path and the jobs. Not
 *   the owner, no superuser, CREATEROLE, BYPASSRLS or DDL: row-level security applies to it, and it
 *   cannot drop a policy, a trigger (the audit log's) or a table. Its only way to another role is
 *   `SET ROLE derde_bron_app`, which has fewer rights.
 * - tenant role (`derde_bron_app`, NOLOGIN): inside `withTenant`; sees one organisation's rows, its
 *   members without their password hash or TOTP secret, and no link, code, counter or mail.
 */
export const tenantRole = 'derde_bron_app';

export type RunSql = (text: string, params?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Tables the tenant role never touches: secrets of accounts, links, counters, mail. */
const systemOnlyTables = [
  'password_resets',
  'recovery_codes',
  'auth_throttle',
  'rate_limit_hits',
  'mail_outbox',
  // The network admin's drafts of a new framework version: no organisation reads them.
  'framework_drafts',
];
/** What the tenant role may read of an account: enough to show names, never a hash or secret. */
const userColumnsForTenant = ['id', 'email', 'name', 'is_network_admin', 'totp_enabled_at', 'created_at'];

/** A clear line for a database login that may not make roles (the README says what to do). */
export class RolePrivilegeError extends Error {}

const createRoleNeeded = (detail: string) =>
  new RolePrivilegeError(
    `the database login may not create or change roles: it needs CREATEROLE (ALTER ROLE <login> CREATEROLE), or a superuser must run the app's first start (${detail})`,
  );

/** The error to show when a migration failed for lack of a privilege on roles, else null. */
export function lacksRolePrivilege(error: unknown): RolePrivilegeError | null {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, message } = e as { code?: string; message?: string };
    if (code === '42501' && /role/i.test(message ?? '')) return createRoleNeeded(message ?? '');
  }
  return null;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The request role's name for the current database (roles are shared by a cluster's databases). */
export async function requestRoleName(run: RunSql): Promise<string> {
  const { rows } = await run('select current_database() as name');
  return `${String(rows[0]?.name)}_request`.slice(0, 63);
}

/**
 * Makes the roles and their rights as described above; answers the request role's name and
 * password. The password is random, made once per database and kept in a schema only the owner
 * can read (`derde_bron_private`), so every instance (and a restored copy) logs in with the same one.
 */
export async function prepareRoles(run: RunSql): Promise<{ name: string; password: string }> {
  const name = await requestRoleName(run);
  const fingerprint = fingerprintOf(name);
  const prepared = await alreadyPrepared(run, name, fingerprint);
  if (prepared) return { name, password: prepared };
  try {
    await run(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${quoteLiteral(tenantRole)}) THEN
        CREATE ROLE ${quoteIdent(tenantRole)} NOLOGIN;
      END IF;
    END $$`);
    await run('CREATE SCHEMA IF NOT EXISTS derde_bron_private');
    await run('REVOKE ALL ON SCHEMA derde_bron_private FROM PUBLIC');
    await run('CREATE TABLE IF NOT EXISTS derde_bron_private.request_role (password text NOT NULL)');
    const stored = await run('SELECT password FROM derde_bron_private.request_role LIMIT 1');
    let password = stored.rows[0]?.password as string | undefined;
    if (!password) {
      password = randomBytes(24).toString('base64url');
      await run('INSERT INTO derde_bron_private.request_role (password) VALUES ($1)', [password]);
    }
    const existing = await run(
      'SELECT rolsuper OR rolbypassrls AS unrestricted FROM pg_roles WHERE rolname = $1',
      [name],
    );
    // A new role has no superuser or BYPASSRLS (only a superuser could give those); one made by hand
    // with them would defeat row-level security, so the app refuses it.
    if (existing.rows[0]?.unrestricted)
      throw new RolePrivilegeError(
        `the role ${name} is a superuser or bypasses row-level security: remove that`,
      );
    const options = `LOGIN NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD ${quoteLiteral(password)}`;
    await run(`${existing.rows.length ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(name)} ${options}`);
    await run(`GRANT ${quoteIdent(tenantRole)} TO ${quoteIdent(name)}`);
    await run(`GRANT ${quoteIdent(tenantRole)} TO CURRENT_USER`);
    for (const statement of rightsStatements(name)) await run(statement);
    await run('CREATE TABLE IF NOT EXISTS derde_bron_private.roles_prepared (fingerprint text NOT NULL)');
    await run('DELETE FROM derde_bron_private.roles_prepared');
    await run('INSERT INTO derde_bron_private.roles_prepared (fingerprint) VALUES ($1)', [fingerprint]);
    return { name, password };
  } catch (error) {
    if ((error as { code?: string }).code === '42501') throw createRoleNeeded((error as Error).message);
    throw error;
  }
}

/**
 * What one preparation of the roles amounts to, for this code, these migrations and this database:
 * while it is the same, a start has nothing to prepare (it only reads the request role's password).
 * A new migration or a change to the rights below makes a start prepare everything again.
 */
function fingerprintOf(requestRole: string): string {
  const what = [tenantRole, requestRole, newestMigration, ...rightsStatements(requestRole)];
  return createHash('sha256').update(JSON.stringify(what)).digest('hex');
}

/** The request role's password when the roles are prepared as `fingerprint` says, else undefined. */
async function alreadyPrepared(run: RunSql, requestRole: string, fingerprint: string) {
  // Fails before the first preparation (no such schema yet): then it is not prepared. Nor is it
  // when a role or the rights are gone (a restore without grants, into a new cluster) or a request
  // role was made a superuser or BYPASSRLS by hand (the full path refuses that).
  const { rows } = await run(
    `SELECT r.password FROM derde_bron_private.request_role r, derde_bron_private.roles_prepared p
      WHERE p.fingerprint = $1
        AND EXISTS (SELECT FROM pg_roles WHERE rolname = $2 AND NOT (rolsuper OR rolbypassrls))
        AND EXISTS (SELECT FROM pg_roles WHERE rolname = $3)
        AND pg_has_role($2, $3, 'MEMBER')
        AND has_table_privilege($2, 'public.organisations', 'SELECT')
        AND has_table_privilege($3, 'public.organisations', 'SELECT')`,
    [fingerprint, requestRole, tenantRole],
  ).catch(() => ({ rows: [] }));
  return rows[0]?.password as string | undefined;
}

function rightsStatements(requestRole: string): string[] {
  const req = quoteIdent(requestRole);
  const app = quoteIdent(tenantRole);
  return [
    // One statement, so one transaction: another instance (or test) serving requests while this one
    // starts sees the rights before or after, never the moment between a REVOKE and its GRANT.
    `DO $$ BEGIN
    -- The request role: data in the app's tables, not their definition.
    GRANT USAGE ON SCHEMA public TO ${req};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${req};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${req};
    -- Readiness compares the applied migrations with the code's (modules/health).
    GRANT USAGE ON SCHEMA drizzle TO ${req};
    GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${req};
    -- The tenant role: the same, less the system's tables and the secret columns of accounts.
    GRANT USAGE ON SCHEMA public TO ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app};
    REVOKE ALL ON ${systemOnlyTables.join(', ')} FROM ${app};
    REVOKE ALL ON users FROM ${app};
    GRANT SELECT (${userColumnsForTenant.join(', ')}), DELETE ON users TO ${app};
    REVOKE ALL ON sessions FROM ${app};
    -- Ending a member's sessions (members.ts): delete by user, without reading a token or CSRF secret.
    GRANT SELECT (user_id), DELETE ON sessions TO ${app};
  END $$`,
    // Every table under row-level security lets the system's work (no organisation set) through;
    // made here, not in each migration, so a table added later is never invisible to it by mistake.
    `DO $$ DECLARE t record; BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
               AND NOT EXISTS (SELECT FROM pg_policies p WHERE p.schemaname = 'public'
                               AND p.tablename = c.relname
                               AND p.policyname IN ('system_access', 'system_only', 'members_of_tenant'))
    LOOP
      EXECUTE format('CREATE POLICY system_access ON %I USING (current_org_id() IS NULL) WITH CHECK (current_org_id() IS NULL)', t.relname);
    END LOOP;
  END $$`,
  ];
}
