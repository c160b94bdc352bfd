import type { SectionInput } from '@derde-bron/domain';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema.ts';

export type MemberOrganisation = { orgId: string; optedOut: boolean };

/**
 * A module's contribution to the network figures: every organisation's own values, read across
 * organisations (system work, as the owner role, outside any tenant). The rules (five
 * organisations, opt-outs, no names) are applied afterwards, by the domain, for every section alike.
 * Each module that adds figures exports its provider from its index.ts; app.ts lists them, in
 * order, as `networkSections` (the dashboard, the comparison and the network report show them).
 */
export type NetworkSectionProvider = {
  key: string;
  load(db: Db, members: readonly MemberOrganisation[]): Promise<SectionInput>;
};

export async function listMemberOrganisations(db: Db): Promise<MemberOrganisation[]> {
  const rows = await db
    .select({ orgId: organisations.id, optedOut: organisations.benchmarkOptedOut })
    .from(organisations);
  return rows;
}

/** Every section's input, for the member organisations (all of them unless given). */
export async function loadNetworkInputs(
  db: Db,
  providers: readonly NetworkSectionProvider[],
  /** All member organisations unless given (tests and the benchmark pass a set of their own). */
  members?: readonly MemberOrganisation[],
): Promise<SectionInput[]> {
  const counted = members ?? (await listMemberOrganisations(db));
  const inputs: SectionInput[] = [];
  for (const provider of providers) inputs.push(await provider.load(db, counted));
  return inputs;
}
