import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditLog, invitations, memberships, organisations, teams, users } from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { toCsv } from '../../lib/csv.ts';
import { type ExportTable, type OrganisationExporter, plain } from '../../lib/organisation-export.ts';
import { toXlsxWorkbook } from '../../lib/xlsx.ts';

const organisationTables: OrganisationExporter = async (tx, orgId) => {
  const memberRows = await tx
    .select({
      name: users.name,
      email: users.email,
      role: memberships.role,
      teamId: memberships.teamId,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name));
  return [
    {
      name: 'organisation',
      rows: plain(
        await tx
          .select({
            id: organisations.id,
            name: organisations.name,
            benchmarkOptedOut: organisations.benchmarkOptedOut,
            createdAt: organisations.createdAt,
          })
          .from(organisations)
          .where(eq(organisations.id, orgId)),
      ),
    },
    {
      name: 'teams',
      rows: plain(
        await tx
          .select({ id: teams.id, name: teams.name, createdAt: teams.createdAt })
          .from(teams)
          .where(eq(teams.orgId, orgId)),
      ),
    },
    { name: 'members', rows: plain(memberRows) },
    {
      name: 'invitations',
      rows: plain(
        await tx
          .select({
            email: invitations.email,
            role: invitations.role,
            expiresAt: invitations.expiresAt,
            usedAt: invitations.usedAt,
            revokedAt: invitations.revokedAt,
          })
          .from(invitations)
          .where(eq(invitations.orgId, orgId)),
      ),
    },
    {
      name: 'auditLog',
      rows: plain(
        await tx
          .select({
            action: auditLog.action,
            actorUserId: auditLog.actorUserId,
            targetType: auditLog.targetType,
            targetId: auditLog.targetId,
            details: auditLog.details,
            at: auditLog.at,
          })
          .from(auditLog)
          .where(eq(auditLog.orgId, orgId))
          .orderBy(asc(auditLog.at)),
      ),
    },
  ];
};

/**
 * Everything the organisation holds: its own tables first, then each module's (the exporters
 * app.ts lists as `organisationExporters`).
 */
export async function collectExport(
  tx: Tx,
  orgId: string,
  exporters: readonly OrganisationExporter[],
  options: { withFiles: boolean },
) {
  const tables: ExportTable[] = [];
  for (const exporter of [organisationTables, ...exporters])
    tables.push(...(await exporter(tx, orgId, options)));
  return tables;
}

const columnsOf = (table: ExportTable) => [...new Set(table.rows.flatMap((row) => Object.keys(row)))];

/** One CSV file with every table in turn: its name, a header row, its rows, then an empty line. */
export function exportToCsv(tables: readonly ExportTable[]): string {
  const lines: Array<Array<string | number | null>> = [];
  for (const table of tables) {
    const columns = columnsOf(table);
    lines.push([`# ${table.name}`]);
    if (columns.length > 0) lines.push(columns);
    for (const row of table.rows)
      lines.push(
        columns.map((column) => {
          const value = row[column] ?? null;
          return typeof value === 'boolean' ? String(value) : value;
        }),
      );
    lines.push([]);
  }
  return toCsv(lines);
}

/** One worksheet per table. */
export function exportToXlsx(tables: readonly ExportTable[]): Promise<Buffer> {
  return toXlsxWorkbook(
    tables.map((table) => {
      const columns = columnsOf(table);
      return {
        name: table.name,
        rows: [columns, ...table.rows.map((row) => columns.map((c) => row[c] ?? null))],
      };
    }),
  );
}

/** The user ids of an organisation's members (for deleting their accounts with it). */
export async function memberUserIds(tx: Tx, orgId: string) {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.orgId, orgId));
  return rows.map((row) => row.userId);
}

export async function deleteAccounts(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return;
  await tx.delete(users).where(and(inArray(users.id, userIds), eq(users.isNetworkAdmin, false)));
}
