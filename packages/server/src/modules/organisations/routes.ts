import { emailSchema, nameSchema } from '@derde-bron/domain';
import { count, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../../db/errors.ts';
import { orgRoutes } from '../../http/org-routes.ts';
import { conflict, notFound } from '../../http-error.ts';
import { scopedErrorResponses } from '../../plugins/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { createInvitation, queueInvitationMail } from './invitations.ts';
import { findOrganisationWithTeams } from './repository.ts';
import { memberships, organisations } from './table.ts';

const errors = scopedErrorResponses;
const teamSchema = z.object({ id: z.uuid(), name: z.string() });

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = orgRoutes(app, { tags: ['organisations'] });

  app.get(
    '/api/organisations',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary:
          'The member organisations (network_admin only): names and member counts, nothing inside them',
        tags: ['network'],
        response: {
          200: z.object({
            organisations: z.array(
              z.object({ id: z.uuid(), name: z.string(), memberCount: z.number(), createdAt: z.date() }),
            ),
          }),
          ...errors,
        },
      },
    },
    async () => {
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
  );

  app.post(
    '/api/organisations',
    {
      config: { access: 'networkAdmin' },
      schema: {
        summary: 'Invite a member organisation: creates it and e-mails an invitation to its first org_admin',
        tags: ['network'],
        body: z.object({ name: nameSchema, adminEmail: emailSchema }),
        response: {
          201: z.object({ id: z.uuid(), name: z.string(), mail: z.literal('queued') }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      const { name, adminEmail } = request.body;
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
      return reply.code(201).send({ id: created.organisation.id, name: created.organisation.name, mail });
    },
  );

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
