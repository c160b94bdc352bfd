import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, invalidInput } from '../http-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown by the reviver below; PostgreSQL cannot store U+0000 in text (it answered 500). */
class NulCharacter extends Error {}

/** Refuses U+0000 in any string or key of a body: no text column can hold it. */
function refuseNul(key: string, value: unknown) {
  if (key.includes('\0') || (typeof value === 'string' && value.includes('\0'))) throw new NulCharacter();
  return value;
}

/** Refuses U+0000 in query strings and path parameters too (a hook, after Fastify parsed them). */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, inner]) => key.includes('\0') || holdsNul(inner));
  return false;
}

/**
 * JSON bodies must be valid UTF-8. Node would quietly turn bad bytes into U+FFFD and store that;
 * we refuse the request instead, with a clear message. The NUL character is refused the same way,
 * in the body, the query string and the path.
 */
async function strictJson(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return done(invalidInput('notUtf8'), undefined);
    }
    if (text.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(text, refuseNul));
    } catch (error) {
      if (error instanceof NulCharacter) return done(invalidInput('nulCharacter'), undefined);
      done(new HttpError(400, 'INVALID_INPUT', 'invalidInput'), undefined);
    }
  });
  app.addHook('preValidation', async (request) => {
    if (holdsNul(request.query) || holdsNul(request.params)) throw invalidInput('nulCharacter');
  });
}

export default fp(strictJson, { name: 'strict-json' });
