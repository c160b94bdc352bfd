import type { Locale } from '@derde-bron/domain';
import type { FastifyRequest } from 'fastify';

/** The web app keeps the chosen language in this cookie so that the API can answer in it too. */
export const localeCookie = 'lang';

/** The language to answer in: the chosen one, else the browser's preference, else Dutch. */
export function pickLocale(request: FastifyRequest): Locale {
  // A download link says the page's language (`?lang=`): a browser fetches a file with its own
  // Accept-Language, which need not be the language the page shows.
  const asked = new URLSearchParams(request.url.split('?')[1] ?? '').get('lang');
  if (asked === 'nl' || asked === 'en') return asked;
  const chosen = request.cookies?.[localeCookie];
  if (chosen === 'nl' || chosen === 'en') return chosen;
  const accepted = request.headers['accept-language'] ?? '';
  for (const part of accepted.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
