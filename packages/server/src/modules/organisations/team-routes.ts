import { nameSchema } from '@derde-bron/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { withTenant } from '../../db/tenant.ts';
import { orgParams } from '../../http/params.ts';
import { conflict, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { errors, tags } from './schemas.ts';
import { memberships, teams } from './table.ts';

const teamSchema = z.object({ id: z.uuid(), name: z.string() });
const teamParams = orgParams.extend({ teamId: z.uuid() });

const rethrowDuplicate = (error: unknown): never => {
  if (isUniqueViolation(error)) throw conflict('teamExists');
  throw error;
};

/** Teams are used for measurement breakdowns and the registry. */
const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/api/organisations/:orgId/teams',
    {
      config: { access: { permission: 'teams.manage' } },
      schema: {
        summary: 'Add a team',
        tags,
        params: orgParams,
        body: z.object({ name: nameSchema }),
        response: { 201: teamSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const auth = request.member;
      const team = await withTenant(db, orgId, async (tx) => {
        const [created] = await tx
          .insert(teams)
          .values({ orgId, name: request.body.name })
          .returning({ id: teams.id, name: teams.name });
        if (!created) throw new Error('team not stored');
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'team.created',
          targetType: 'team',
          targetId: created.id,
        });
        return created;
      }).catch(rethrowDuplicate);
      return reply.code(201).send(team);
    },
  );

  app.patch(
    '/api/organisations/:orgId/teams/:teamId',
    {
      config: { access: { permission: 'teams.manage' } },
      schema: {
        summary: 'Rename a team',
        tags,
        params: teamParams,
        body: z.object({ name: nameSchema }),
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) => {
      const { orgId, teamId } = request.params;
      const auth = request.member;
      return withTenant(db, orgId, async (tx) => {
        const [team] = await tx
          .update(teams)
          .set({ name: request.body.name })
          .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)))
          .returning({ id: teams.id, name: teams.name });
        if (!team) throw notFound();
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'team.renamed',
          targetType: 'team',
          targetId: teamId,
        });
        return team;
      }).catch(rethrowDuplicate);
    },
  );

  app.delete(
    '/api/organisations/:orgId/teams/:teamId',
    {
      config: { access: { permission: 'teams.manage' } },
      schema: {
        summary: 'Remove a team that no team manager depends on',
        tags,
        params: teamParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { orgId, teamId } = request.params;
      const auth = request.member;
      await withTenant(db, orgId, async (tx) => {
        const [manager] = await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.orgId, orgId), eq(memberships.teamId, teamId)))
          .limit(1);
        if (manager) throw conflict('teamInUse');
        const deleted = await tx
          .delete(teams)
          .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)))
          .returning({ id: teams.id });
        if (deleted.length === 0) throw notFound();
        await recordAudit(tx, {
          orgId,
          actorUserId: auth.user.id,
          action: 'team.deleted',
          targetType: 'team',
          targetId: teamId,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

export default teamRoutes;
