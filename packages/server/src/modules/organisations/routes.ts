import { emailSchema, nameSchema } from '@derde-bron/domain';
import { count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { accessRoutes } from '../../http/access-routes.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { conflict, notFound } from '../../http-error.ts';
import { recordAudit } from '../audit/index.ts';
import { createInvitation, queueInvitationMail } from './invitations.ts';
import { findOrganisationWithTeams } from './repository.ts';
import { memberships, organisations } from './table.ts';

const teamSchema = z.object({ id: z.uuid(), name: z.string() });

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags: ['organisations'] });
  const admin = accessRoutes(app, { access: 'networkAdmin', tags: ['network'] });

  admin.get('/api/organisations', {
    summary: 'The member organisations (network_admin only): names and member counts, nothing inside them',
    response: z.object({
      organisations: z.array(
        z.object({ id: z.uuid(), name: z.string(), memberCount: z.number(), createdAt: z.date() }),
      ),
    }),
    handler: async () => {
      const rows = await db
        .select({
          id: organisations.id,
          name: organisations.name,
          createdAt: organisations.createdAt,
          memberCount: count(memberships.id),
        })
        .from(organisations)
        .leftJoin(memberships, eq(memberships.orgId, organisations.id))
        .groupBy(organisations.id)
        .orderBy(organisations.name);
      return { organisations: rows };
    },
  });

  admin.post('/api/organisations', {
    summary: 'Invite a member organisation: creates it and e-mails an invitation to its first org_admin',
    body: z.object({ name: nameSchema, adminEmail: emailSchema }),
    response: z.object({ id: z.uuid(), name: z.string(), mail: z.literal('queued') }),
    status: 201,
    handler: async ({ body: { name, adminEmail }, request }) => {
      const auth = request.signedIn;
      const created = await db
        .transaction(async (tx) => {
          const [organisation] = await tx.insert(organisations).values({ name }).returning();
          if (!organisation) throw new Error('organisation not stored');
          const invitation = await createInvitation(tx, {
            orgId: organisation.id,
            email: adminEmail,
            role: 'org_admin',
            teamId: null,
            invitedBy: auth.user.id,
          });
          await recordAudit(tx, {
            orgId: organisation.id,
            actorUserId: auth.user.id,
            action: 'organisation.created',
          });
          return { organisation, token: invitation.token };
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw conflict('organisationExists');
          throw error;
        });
      const mail = await queueInvitationMail(app, {
        to: adminEmail,
        organisation: name,
        token: created.token,
        orgId: created.organisation.id,
        sentBy: auth.user.id,
      });
      return { id: created.organisation.id, name: created.organisation.name, mail };
    },
  });

  route.get('/api/organisations/:orgId', {
    permission: 'organisation.read',
    summary: 'One organisation with its teams (its own members only)',
    response: z.object({ id: z.uuid(), name: z.string(), teams: z.array(teamSchema) }),
    handler: async ({ tx, orgId }) => {
      const organisation = await findOrganisationWithTeams(tx, orgId);
      if (!organisation) throw notFound();
      return organisation;
    },
  });
};

export default organisationRoutes;
