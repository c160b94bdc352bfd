import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError, invalidInput } from '../http-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8. Node would quietly turn bad bytes into U+FFFD and store that;
 * we refuse the request instead, with a clear message.
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
      done(null, JSON.parse(text));
    } catch {
      done(new HttpError(400, 'INVALID_INPUT', 'invalidInput'), undefined);
    }
  });
}

export default fp(strictJson, { name: 'strict-json' });
