import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessRoutes } from '../http/access-routes.ts';
import { notFound } from '../http-error.ts';
import { errorResponseSchema } from '../plugins/errors.ts';
import { dismissFailedMail, undeliveredMailOf } from './outbox.ts';
import { mailOutbox } from './table.ts';

/**
 * Mail that did not arrive, shown to the person who sent it (an invitation, a questionnaire link):
 * nothing disappears silently. Only their own, and never the address or the link.
 */
const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const route = accessRoutes(app, {
    access: 'signedIn',
    tags: ['mail'],
    errors: { 401: errorResponseSchema },
  });

  route.get('/api/mail/undelivered', {
    summary: 'Mail you sent that has not arrived yet (still being tried) or was given up on',
    response: z.object({
      mail: z.array(
        z.object({
          id: z.uuid(),
          purpose: z.enum(mailOutbox.purpose.enumValues),
          state: z.enum(['queued', 'failed']),
          attempts: z.int(),
          createdAt: z.date(),
          nextAttemptAt: z.date(),
        }),
      ),
    }),
    handler: async ({ request }) => ({ mail: await undeliveredMailOf(db, request.signedIn.user.id) }),
  });

  route.delete('/api/mail/undelivered/:mailId', {
    summary: 'Remove the notice of a mail that was given up on',
    params: z.object({ mailId: z.uuid() }),
    errors: { 403: errorResponseSchema, 404: errorResponseSchema },
    handler: async ({ params, request }) => {
      if (!(await dismissFailedMail(db, request.signedIn.user.id, params.mailId))) throw notFound();
    },
  });
};

export default mailRoutes;
