import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module the questionnaire page's entry reaches through static imports (dynamic ones load later). */
function staticImports(entry: string) {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
      if (!specifier) continue;
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const target = path.resolve(path.dirname(file), specifier);
      if (/\.(json|css)$/.test(target)) seen.add(target);
      else visit(target);
    }
  };
  visit(entry);
  return {
    files: [...seen].map((file) => path.relative(path.resolve(import.meta.dirname, '..'), file)),
    packages,
  };
}

describe('the questionnaire page', () => {
  const { files, packages } = staticImports(path.resolve(import.meta.dirname, 'main.tsx'));

  it('loads neither the staff app’s router nor its query cache', () => {
    expect(files.length).toBeGreaterThan(10);
    expect([...packages].filter((name) => /react-router|@tanstack/.test(name))).toEqual([]);
    expect(files.filter((file) => file.startsWith('app/') && file !== 'app/navigation.ts')).toEqual([]);
  });

  it('loads no whole catalogue: the texts it shows, in Dutch, and English only when chosen', () => {
    expect(files.filter((file) => file.startsWith('i18n/'))).toEqual([]);
    expect(packages).toContain('virtual:catalogue-part/nl');
    expect(packages).not.toContain('virtual:catalogue-part/en');
  });
});
