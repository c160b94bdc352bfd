import type { FastifyInstance } from 'fastify';
import networkRoutes from './routes.ts';
import type { NetworkSectionProvider } from './sections.ts';

/** The network module: the benchmark across organisations, from the sections app.ts lists. */
export default async function network(
  app: FastifyInstance,
  opts: { sections: readonly NetworkSectionProvider[] },
) {
  await app.register(networkRoutes, opts);
}

export {
  listMemberOrganisations,
  loadNetworkInputs,
  type MemberOrganisation,
  type NetworkSectionProvider,
} from './sections.ts';
export { currentSnapshot, type NetworkSnapshot } from './snapshots.ts';
