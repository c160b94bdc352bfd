import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The server's shape, checked: a module is used by others only through its `index.ts` (its public
 * API), and no source file reaches itself again through its run-time imports. Tests are left out: they may
 * look inside any module.
 */
const root = import.meta.dirname;

/** Every server source file (relative to src/, with forward slashes), tests and type stubs left out. */
function sourceFiles(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));
}

type Import = { target: string; typeOnly: boolean };

/**
 * The relative imports of one file (`import`, `export … from`, `import('…')`), resolved against
 * src/. `import type` is marked: TypeScript erases it, so it counts for the module boundaries (a
 * module's types are part of its public API) but cannot make a circle at run time.
 */
function importsOf(file: string, source: string): Import[] {
  const found = [
    ...source.matchAll(/^\s*(import|export)\s(type\s)?[^'";]*?\sfrom\s+'([^']+)'/gm),
    ...source.matchAll(/^\s*(import)\s+()'([^']+)'/gm),
    ...source.matchAll(/\b(import)\(()\s*'([^']+)'\s*\)/g),
  ];
  return found
    .filter((match) => (match[3] as string).startsWith('.'))
    .map((match) => ({
      target: path.posix.normalize(path.posix.join(path.posix.dirname(file), match[3] as string)),
      typeOnly: Boolean(match[2]),
    }));
}

function importGraph(): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  for (const file of sourceFiles())
    graph.set(file, importsOf(file, readFileSync(path.join(root, file), 'utf8')));
  return graph;
}

const moduleOf = (file: string) => /^modules\/([^/]+)\//.exec(file)?.[1];

/**
 * `A → B` for every import of a module's file into another module other than that module's
 * index.ts. One exception: a table.ts may name another module's table.ts, for its foreign keys
 * (every other file reads another module's tables through db/schema.ts).
 */
function crossModuleImports(graph: ReadonlyMap<string, readonly Import[]>): string[] {
  const offenders: string[] = [];
  for (const [file, imports] of graph) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const { target } of imports) {
      const to = moduleOf(target);
      if (!to || to === from || target === `modules/${to}/index.ts`) continue;
      if (file.endsWith('/table.ts') && target.endsWith('/table.ts')) continue;
      offenders.push(`${file} → ${target}`);
    }
  }
  return offenders;
}

/** Every circle of run-time imports, each as the files that form it (depth-first search). */
function importCircles(graph: ReadonlyMap<string, readonly Import[]>): string[] {
  const circles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const { target: next, typeOnly } of graph.get(file) ?? []) {
      if (typeOnly) continue;
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const circle = stack.slice(stack.indexOf(next));
        const start = circle.indexOf([...circle].sort()[0] as string);
        circles.add([...circle.slice(start), ...circle.slice(0, start), circle[start]].join(' → '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...circles];
}

describe('the server source layout', () => {
  const graph = importGraph();

  it('reads the imports it should', () => {
    const source =
      "import { x } from '../b/index.ts';\nimport type { Y } from './y.ts';\nexport * from './z.ts';";
    expect(importsOf('modules/a/routes.ts', source)).toEqual([
      { target: 'modules/b/index.ts', typeOnly: false },
      { target: 'modules/a/y.ts', typeOnly: true },
      { target: 'modules/a/z.ts', typeOnly: false },
    ]);
    expect(graph.get('app.ts')?.length).toBeGreaterThan(5);
  });

  it('lets a module use another only through its index.ts', () => {
    expect(crossModuleImports(graph)).toEqual([]);
  });

  it('has no import circles', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('finds a planted cross-module import and a planted circle', () => {
    const to = (target: string) => [{ target, typeOnly: false }];
    const planted = new Map([
      ['modules/a/routes.ts', to('modules/b/table.ts')],
      ['modules/b/table.ts', to('db/tenant.ts')],
      ['db/tenant.ts', to('modules/a/routes.ts')],
      ['db/client.ts', [{ target: 'db/tenant.ts', typeOnly: true }]],
    ]);
    expect(crossModuleImports(planted)).toEqual(['modules/a/routes.ts → modules/b/table.ts']);
    expect(importCircles(planted)).toEqual([
      'db/tenant.ts → modules/a/routes.ts → modules/b/table.ts → db/tenant.ts',
    ]);
  });
});
