import type { FastifyInstance } from 'fastify';
import invitationAdminRoutes from './invitation-admin-routes.ts';
import invitationRoutes from './invitation-routes.ts';
import memberRoutes from './member-routes.ts';
import organisationRoutes from './routes.ts';
import sizeRoutes from './size-routes.ts';
import teamRoutes from './team-routes.ts';

/** The organisations module: organisations, teams, members and invitations. */
export default async function organisations(app: FastifyInstance) {
  await app.register(invitationRoutes);
  await app.register(organisationRoutes);
  await app.register(sizeRoutes);
  await app.register(teamRoutes);
  await app.register(memberRoutes);
  await app.register(invitationAdminRoutes);
}

export { assertOwnTeam } from './teams.ts';
