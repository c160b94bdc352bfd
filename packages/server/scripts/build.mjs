// Compiles the server, the domain package and the npm packages they use into a few JavaScript files,
// so that production runs `node dist/main.js` directly: no TypeScript transpiler at every start,
// signals reach the server itself, and Node reads a few large files instead of resolving and
// reading hundreds of small ones (on a 2-core machine that was most of the start's module loading).
// Then makes the template a new embedded data folder starts from (see src/db/embedded.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
// Packages that must stay in node_modules: they read files of their own next to their code
// (PGlite's WebAssembly, pdfmake's fonts), load a native addon (argon2), or are big and loaded only
// when used (exceljs). `pg-native` is an optional driver that pg asks for.
const external = [
  '@electric-sql/pglite',
  'drizzle-orm/pglite',
  '@node-rs/argon2',
  'pdfmake',
  'exceljs',
  'pg-native',
].flatMap((name) => [name, `${name}/*`]);

// Swagger UI finds its pages through `__dirname`, which a bundle does not have: in the two files
// that use it, `__dirname` becomes that file's folder in node_modules, found at run time. So it is
// bundled too: loaded from node_modules it brought its own copies of @fastify/static and yaml, and
// every start compiled them.
const swaggerUiDirname = {
  name: 'swagger-ui-dirname',
  setup(builder) {
    builder.onLoad({ filter: /@fastify[\\/]swagger-ui[\\/](index|lib[\\/]routes)\.js$/ }, async (args) => {
      const file = args.path
        .split(/[\\/]swagger-ui[\\/]/)
        .pop()
        .replaceAll('\\', '/');
      const dirname = `require('node:path').dirname(require.resolve('@fastify/swagger-ui/${file}'))`;
      return { contents: (await readFile(args.path, 'utf8')).replaceAll('__dirname', dirname), loader: 'js' };
    });
  },
};

// The JavaScript is made anew; the template is kept while what it holds has not changed.
for (const name of safeList(dist)) if (/\.js(\.map)?$/.test(name)) rmSync(path.join(dist, name));
await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts', 'src/cli.ts', 'src/embedded-template-main.ts'],
  outdir: 'dist',
  // Every output file lands directly in dist/, one level below the package, as src/paths.ts expects.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [swaggerUiDirname],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // Smaller files parse faster; stack traces map back to the source with NODE_OPTIONS=--enable-source-maps.
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});

// What the template holds: the migrations, the roles and their rights, and the bundled guide
// (domain), made by this PGlite.
const inputs = [
  path.join(root, 'drizzle'),
  path.join(root, 'src/db/roles.ts'),
  path.join(root, '../domain/src'),
  path.join(root, 'package.json'),
];
const template = safeList(dist).find((name) => /^embedded-template-pglite-[^.]+$/.test(name));
const templateAt = template ? statSync(path.join(dist, template, 'PG_VERSION')).mtimeMs : 0;
if (Math.max(...inputs.map(newestMtime)) > templateAt) {
  for (const name of safeList(dist))
    if (name.startsWith('embedded-template-pglite-')) rmSync(path.join(dist, name), { recursive: true });
  execFileSync(process.execPath, [path.join(dist, 'embedded-template-main.js')], { stdio: 'inherit' });
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function newestMtime(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}
