import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app imports constants and rules from this package. Vite can only leave zod out of the
 * bundle when the files it reaches do not call zod at module level, so zod lives in schema files.
 */
describe('the domain package layout', () => {
  it('keeps zod in files named schema.ts or schemas.ts', () => {
    const root = import.meta.dirname;
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const offenders = files.filter((file) => {
      const source = readFileSync(path.join(root, file), 'utf8');
      return /^import \{[^}]*\} from 'zod';/m.test(source) && !/schemas?\.ts$/.test(file);
    });
    expect(offenders).toEqual([]);
  });
});
