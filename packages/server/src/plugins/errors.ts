import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { en, nl } from 'zod/locales';
import { type ErrorCode, HttpError, TooManyAttempts } from '../http-error.ts';
import { fieldMessage } from '../i18n/field-messages.ts';
import { pickLocale } from '../i18n/locale.ts';
import { type MessageKey, translate } from '../i18n/messages.ts';
import { errorForLog, isNulCharacterError } from '../lib/error-for-log.ts';

/** The one error shape of the API. `details` names the fields that were wrong. */
export const errorResponseSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** A 409 that carries the record as it now is, so the client can show it and try again. */
export const conflictWith = <T extends z.ZodType>(current: T) => errorResponseSchema.extend({ current });

/** The error answers of routes on an organisation's data (bad input, not signed in, no access, unknown, conflict). */
export const scopedErrorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/** The error answers of sign-in and link routes, which may also ask the caller to wait. */
export const authErrorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  409: errorResponseSchema,
  429: errorResponseSchema,
};

const zodLocales = { nl: nl(), en: en() };

const byStatus: Record<number, { code: ErrorCode; key: MessageKey }> = {
  400: { code: 'INVALID_INPUT', key: 'invalidInput' },
  401: { code: 'UNAUTHENTICATED', key: 'unauthenticated' },
  403: { code: 'FORBIDDEN', key: 'forbidden' },
  404: { code: 'NOT_FOUND', key: 'notFound' },
  409: { code: 'CONFLICT', key: 'conflict' },
  410: { code: 'INVALID_INPUT', key: 'invalidInput' },
  413: { code: 'INVALID_INPUT', key: 'invalidInput' },
  415: { code: 'INVALID_INPUT', key: 'invalidInput' },
  429: { code: 'RATE_LIMITED', key: 'rateLimited' },
  503: { code: 'UNAVAILABLE', key: 'unavailable' },
};

function send(reply: FastifyReply, status: number, body: ErrorResponse) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Connection-level failures of pg or PGlite (drizzle wraps them in `cause`). */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const unavailableMessages = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'PGlite is closed',
  'Connection ended',
];

function databaseErrorCode(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    const message = String((e as { message?: unknown }).message ?? '');
    if (typeof code === 'string' && (unavailableCodes.has(code) || code.startsWith('08'))) return code;
    if (unavailableMessages.some((m) => message.includes(m))) return 'CONNECTION';
  }
  return undefined;
}

export const isDatabaseUnavailable = (error: unknown) => databaseErrorCode(error) !== undefined;

/** One error handler for the whole API: expected errors get their code, everything else a bare 500. */
async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = pickLocale(request);
    if (error instanceof HttpError) {
      if (error instanceof TooManyAttempts) reply.header('Retry-After', String(error.retryAfterSeconds));
      return send(reply, error.statusCode, {
        code: error.code,
        message: translate(locale, error.messageKey),
        ...error.extra,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean);
        const issue = { ...v.params, code: v.keyword, path, message: v.message } as unknown as Parameters<
          (typeof zodLocales)['nl']['localeError']
        >[0];
        const localized = zodLocales[locale].localeError(issue);
        const ownRule = v.keyword === 'custom' ? fieldMessage(locale, String(v.message ?? '')) : null;
        const message =
          ownRule ?? (typeof localized === 'string' ? localized : localized?.message) ?? v.message ?? '';
        return { field: [error.validationContext, ...path].filter(Boolean).join('.'), message };
      });
      return send(reply, 400, { code: 'INVALID_INPUT', message: translate(locale, 'invalidInput'), details });
    }
    if (isDatabaseUnavailable(error)) {
      // Nothing was committed: the client may simply try again. The app reconnects by itself.
      request.log.warn({ code: databaseErrorCode(error) }, 'database unavailable');
      reply.header('Retry-After', '5');
      return send(reply, 503, { code: 'UNAVAILABLE', message: translate(locale, 'databaseUnavailable') });
    }
    const status = error.statusCode ?? 500;
    const known = byStatus[status];
    if (status < 500 && known) {
      return send(reply, status, { code: known.code, message: translate(locale, known.key) });
    }
    if (status === 503)
      return send(reply, 503, { code: 'UNAVAILABLE', message: translate(locale, 'unavailable') });
    if (isNulCharacterError(error))
      return send(reply, 400, { code: 'INVALID_INPUT', message: translate(locale, 'nulCharacter') });
    // Internals stay in the log (never the message: it may quote what was sent); the client learns
    // only that it was our fault.
    request.log.error({ error: errorForLog(error) }, 'request failed');
    return send(reply, 500, { code: 'INTERNAL', message: translate(locale, 'internal') });
  });

  app.setNotFoundHandler((request, reply) => {
    const locale = pickLocale(request);
    return send(reply, 404, { code: 'NOT_FOUND', message: translate(locale, 'routeNotFound') });
  });
}

export default fp(errorHandler, { name: 'errors' });
