import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const prefix = 'virtual:catalogue-part/';

/**
 * `import catalogue from 'virtual:catalogue-part/nl'`: the top-level sections `sections` of
 * src/i18n/<locale>.json as a module of its own. The questionnaire page takes its texts from here:
 * importing them from the catalogue itself would share that module, whole, with the staff app.
 */
export function cataloguePart(sections: string[]): Plugin {
  return {
    name: 'derde-bron-catalogue-part',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const locale = id.slice(prefix.length + 1);
      if (!/^(nl|en)$/.test(locale)) throw new Error(`no catalogue for ${locale}`);
      const file = path.resolve(import.meta.dirname, '../src/i18n', `${locale}.json`);
      this.addWatchFile(file);
      const catalogue = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const part = Object.fromEntries(sections.map((section) => [section, catalogue[section]]));
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
