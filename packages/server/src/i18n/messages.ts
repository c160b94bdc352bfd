import type { Locale } from '@derde-bron/domain';

/** Every message the API sends to people, in Dutch (B1) and English. */
const catalogue = {
  nl: {
    notFound: 'Deze pagina of dit gegeven bestaat niet.',
    routeNotFound: 'Dit adres bestaat niet in de API.',
    invalidInput: 'Wat je stuurde klopt niet. Kijk de velden na en probeer het opnieuw.',
    forbidden: 'Je hebt geen toegang tot dit onderdeel.',
    conflict: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.',
    rateLimited: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
    unavailable: 'De dienst is even niet bereikbaar. Probeer het over een paar minuten opnieuw.',
    internal: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    frameworkVersionNotFound: 'Deze versie van het afwegingskader bestaat niet.',
  },
  en: {
    notFound: 'This page or item does not exist.',
    routeNotFound: 'This address does not exist in the API.',
    invalidInput: 'What you sent is not valid. Check the fields and try again.',
    forbidden: 'You do not have access to this.',
    conflict: 'Someone else has just changed this. Look at the new version and try again.',
    rateLimited: 'Too many attempts. Wait a moment and try again.',
    unavailable: 'The service cannot be reached right now. Try again in a few minutes.',
    internal: 'Something went wrong on our side. Try again later.',
    frameworkVersionNotFound: 'This version of the assessment framework does not exist.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof catalogue)['nl'];

export function translate(locale: Locale, key: MessageKey): string {
  return catalogue[locale][key];
}
