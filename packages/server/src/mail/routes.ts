import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../http-error.ts';
import { errorResponseSchema } from '../plugins/errors.ts';
import { dismissFailedMail, undeliveredMailOf } from './outbox.ts';
import { mailOutbox } from './table.ts';

const tags = ['mail'];

/**
 * Mail that did not arrive, shown to the person who sent it (an invitation, a questionnaire link):
 * nothing disappears silently. Only their own, and never the address or the link.
 */
const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    '/api/mail/undelivered',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'Mail you sent that has not arrived yet (still being tried) or was given up on',
        tags,
        response: {
          200: z.object({
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
          401: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const auth = request.signedIn;
      return { mail: await undeliveredMailOf(db, auth.user.id) };
    },
  );

  app.delete(
    '/api/mail/undelivered/:mailId',
    {
      config: { access: 'signedIn' },
      schema: {
        summary: 'Remove the notice of a mail that was given up on',
        tags,
        params: z.object({ mailId: z.uuid() }),
        response: {
          204: z.null(),
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const auth = request.signedIn;
      if (!(await dismissFailedMail(db, auth.user.id, request.params.mailId))) throw notFound();
      return reply.code(204).send(null);
    },
  );
};

export default mailRoutes;
