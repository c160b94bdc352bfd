import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  activities,
  activityReach,
  auditLog,
  conversationNotes,
  invitations,
  measurementWaves,
  memberships,
  organisations,
  policyTopics,
  registryLogs,
  registryPeople,
  registrySettings,
  roadmapDecisions,
  roadmapEvidence,
  roadmapGoals,
  roadmapItemHistory,
  roadmapItems,
  roadmaps,
  teams,
  users,
} from '../../db/schema.ts';
import type { Tx } from '../../db/tenant.ts';
import { toCsv } from '../../lib/csv.ts';
import { toXlsxWorkbook } from '../../lib/xlsx.ts';
import { publishedTotals } from '../measurement/index.ts';

export type Cell = string | number | boolean | null;
export type ExportTable = { name: string; rows: Array<Record<string, Cell>> };

const text = (value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
};
const plain = (rows: ReadonlyArray<Record<string, unknown>>) =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)])));

/**
 * One module's share of the organisation's export. A module adds its own exporter to
 * `organisationExporters`; every format (JSON, XLSX, CSV) then carries its tables.
 */
export type OrganisationExporter = (
  tx: Tx,
  orgId: string,
  options: { withFiles: boolean },
) => Promise<ExportTable[]>;

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

const roadmapTables: OrganisationExporter = async (tx, orgId, { withFiles }) => {
  const without = <T extends { orgId: unknown }>(rows: T[]) =>
    rows.map(({ orgId: _orgId, ...rest }) => rest as Record<string, unknown>);
  const evidence = await tx.select().from(roadmapEvidence).where(eq(roadmapEvidence.orgId, orgId));
  return [
    {
      name: 'roadmap',
      rows: plain(without(await tx.select().from(roadmaps).where(eq(roadmaps.orgId, orgId)))),
    },
    {
      name: 'roadmapItems',
      rows: plain(without(await tx.select().from(roadmapItems).where(eq(roadmapItems.orgId, orgId)))),
    },
    {
      name: 'roadmapItemHistory',
      rows: plain(
        without(
          await tx
            .select()
            .from(roadmapItemHistory)
            .where(eq(roadmapItemHistory.orgId, orgId))
            .orderBy(asc(roadmapItemHistory.changedAt)),
        ),
      ),
    },
    {
      name: 'roadmapDecisions',
      rows: plain(without(await tx.select().from(roadmapDecisions).where(eq(roadmapDecisions.orgId, orgId)))),
    },
    {
      name: 'roadmapEvidence',
      // Files travel (as base64) only in the JSON export, the one meant for moving to another system.
      rows: plain(
        without(evidence).map(({ content, ...rest }) => ({
          ...rest,
          ...(withFiles && content
            ? { contentBase64: Buffer.from(content as Uint8Array).toString('base64') }
            : {}),
        })),
      ),
    },
    {
      name: 'roadmapGoals',
      rows: plain(without(await tx.select().from(roadmapGoals).where(eq(roadmapGoals.orgId, orgId)))),
    },
    {
      name: 'policyTopics',
      rows: plain(without(await tx.select().from(policyTopics).where(eq(policyTopics.orgId, orgId)))),
    },
  ];
};

/**
 * Measurement: the waves, and per published wave its whole-organisation scale means as its results
 * page shows them, and the notes of team conversations. Individual responses never leave the
 * platform, not even to the organisation: an export of single answers would undo the anonymity
 * every respondent was promised.
 */
const measurementTables: OrganisationExporter = async (tx, orgId) => {
  const waves = await tx
    .select()
    .from(measurementWaves)
    .where(and(eq(measurementWaves.orgId, orgId)))
    .orderBy(asc(measurementWaves.opensOn));
  const results: Array<Record<string, Cell>> = [];
  for (const wave of waves) {
    const totals = publishedTotals(wave);
    if (!totals) continue;
    for (const [scaleKey, scale] of Object.entries(totals.scales))
      results.push({
        waveId: wave.id,
        scaleKey,
        mean: scale?.mean ?? null,
        respondents: scale ? scale.n : null,
        shown: scale !== null,
      });
  }
  return [
    {
      name: 'measurementWaves',
      rows: plain(
        waves.map((w) => ({
          id: w.id,
          title: w.title,
          kind: w.kind,
          instrumentVersion: w.instrumentVersion,
          opensOn: w.opensOn,
          closesOn: w.closesOn,
          closedAt: w.closedAt,
          perspectives: w.perspectives,
          minCell: w.minCell,
          minSensitiveCell: w.minSensitiveCell,
        })),
      ),
    },
    { name: 'measurementResults', rows: results },
    {
      name: 'conversationNotes',
      rows: plain(
        (
          await tx
            .select()
            .from(conversationNotes)
            .where(eq(conversationNotes.orgId, orgId))
            .orderBy(asc(conversationNotes.heldOn))
        ).map(({ orgId: _orgId, ...rest }) => rest),
      ),
    },
  ];
};

/** The registry: people, their logs, the settings, activities and their reach (counts only). */
const registryTables: OrganisationExporter = async (tx, orgId) => {
  const own = <T extends { orgId: string }>(rows: T[]) =>
    plain(rows.map(({ orgId: _orgId, ...rest }) => rest));
  return [
    {
      name: 'registryPeople',
      rows: own(await tx.select().from(registryPeople).where(eq(registryPeople.orgId, orgId))),
    },
    {
      name: 'registryLogs',
      rows: own(await tx.select().from(registryLogs).where(eq(registryLogs.orgId, orgId))),
    },
    {
      name: 'registrySettings',
      rows: own(await tx.select().from(registrySettings).where(eq(registrySettings.orgId, orgId))),
    },
    { name: 'activities', rows: own(await tx.select().from(activities).where(eq(activities.orgId, orgId))) },
    {
      name: 'activityReach',
      rows: own(await tx.select().from(activityReach).where(eq(activityReach.orgId, orgId))),
    },
  ];
};

/** Every module's exporter, in order: a module adds its tables as one exporter here. */
export const organisationExporters: readonly OrganisationExporter[] = [
  organisationTables,
  roadmapTables,
  measurementTables,
  registryTables,
];

export async function collectExport(tx: Tx, orgId: string, options: { withFiles: boolean }) {
  const tables: ExportTable[] = [];
  for (const exporter of organisationExporters) tables.push(...(await exporter(tx, orgId, options)));
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
