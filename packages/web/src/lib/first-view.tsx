import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';

/**
 * The markup of a page's first view in Dutch, with `catalogue`, for its HTML at build time
 * (build/prerender.ts). Used by the pages' `prerender` entries only, never by a browser bundle.
 */
export async function firstViewMarkup(catalogue: Record<string, unknown>, view: ReactNode): Promise<string> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: { nl: { translation: catalogue } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{view}</I18nextProvider>);
}
