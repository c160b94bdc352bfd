/** The languages every text is written in: Dutch first (B1), English second. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

export type LocalizedText = Record<Locale, string>;
