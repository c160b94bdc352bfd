import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { changeLocale, initI18n } from './i18n.ts';

const catalogues = { nl, en };

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valuesOf(catalogue: Catalogue): string[] {
  return Object.values(catalogue).flatMap((value) => (typeof value === 'string' ? [value] : valuesOf(value)));
}

describe('i18n catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keysOf(catalogues.en).sort()).toEqual(keysOf(catalogues.nl).sort());
  });

  it('have no empty texts', () => {
    for (const catalogue of [catalogues.nl, catalogues.en]) {
      expect(valuesOf(catalogue).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('keep the chosen language in a cookie and on the html element', async () => {
    initI18n('nl');
    await changeLocale('en');
    expect(document.cookie).toContain('lang=en');
    expect(document.documentElement.lang).toBe('en');
    await initI18n();
    expect(document.documentElement.lang).toBe('en');
    await changeLocale('nl');
  });
});
