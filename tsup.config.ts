import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

/** The public entries of the library, by the name of their files in `dist/`. */
const ENTRIES = {
  index: 'src/index.ts',
  schemas: 'src/schemas.ts',
  law: 'src/law.ts',
  testing: 'src/testing/index.ts',
  // The testing kit's parts that need an optional peer, each behind its own entry so
  // `yjplan/testing` loads without them: fast-check, and @xstate/graph (ADR 0070).
  'testing/arbitraries': 'src/testing/arbitraries/index.ts',
  'testing/paths': 'src/testing/paths.ts',
  // Documents people read: preact here, and the charting libraries (optional peers) in report.
  render: 'src/render/index.ts',
  report: 'src/report/index.ts',
  // The PostgreSQL event store: its drivers (pg, PGlite) are optional peers, never bundled.
  store: 'src/store/index.ts',
};

/** Every module of the library (not the CLI), for the ES module build: one file per module. */
const MODULES = ['src/**/*.ts', 'src/**/*.tsx', '!src/cli/**', '!src/testing/examples/**'];

/**
 * The worked examples' loaders, each bundled with its JSON case file (ADR 0073): an ES module
 * cannot import JSON without import attributes, so the data is inlined into the loader.
 */
const examples = (development: boolean): Options => ({
  entry: ['src/testing/examples/*.ts'],
  outDir: development ? 'dist/development/testing/examples' : 'dist/testing/examples',
  format: ['esm'],
  define: constants(development),
  minifySyntax: true,
  sourcemap: true,
  target: 'node20',
  clean: false,
});

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * Build-time constants (src/_lib/development.ts, src/version.ts). In the production build the
 * development checks are `false` and dropped with the code behind them (`minifySyntax` folds the
 * branches away; identifiers and layout stay readable).
 */
const constants = (development: boolean) => ({
  __YJPLAN_DEVELOPMENT__: String(development),
  __YJPLAN_VERSION__: JSON.stringify(version),
});

/** JSON Schema for every top-level input, for hosts that do not speak TypeScript. */
async function writeJsonSchemas() {
  const { jsonSchemas } = await import(`${process.cwd()}/dist/schemas.js?t=${Date.now()}`);
  await mkdir('dist/schema', { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas() as Record<string, unknown>)) {
    await writeFile(`dist/schema/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
}

/**
 * The library as ES modules, one output file per source module (ADR 0067): a bundler that
 * imports one function keeps only the modules that function needs (`sideEffects: false`), and
 * every entry (`yjplan`, `yjplan/testing`, ...) shares the same module files, so one runtime.
 */
const esModules = (development: boolean): Options => ({
  entry: MODULES,
  outDir: development ? 'dist/development' : 'dist',
  format: ['esm'],
  bundle: false,
  define: constants(development),
  minifySyntax: true,
  sourcemap: true,
  target: 'node20',
  clean: false,
  ...(development ? {} : { onSuccess: writeJsonSchemas }),
});

/**
 * The library as CommonJS, one file per entry and one shared chunk: `require('yjplan')` and
 * `require('yjplan/testing')` share one copy of the library at run time (one YjplanError class,
 * one set of caches); test/package/sharedRuntime.mjs checks it.
 */
const commonJs = (development: boolean): Options => ({
  entry: ENTRIES,
  outDir: development ? 'dist/development' : 'dist',
  format: ['cjs'],
  define: constants(development),
  minifySyntax: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  target: 'node20',
  clean: false,
});

/**
 * Every build is quiet but for errors and warnings: the module builds write hundreds of files,
 * whose names would bury what matters (tsup's quiet setting is one for all its builds).
 */
const quiet = (options: Options): Options => ({ ...options, silent: true });

const builds: Options[] = [
  esModules(false),
  examples(false),
  commonJs(false),
  // The development build (ADR 0013): states deep-frozen as they are made. JavaScript only; the
  // declarations are shared. Picked by the `development` export condition.
  esModules(true),
  examples(true),
  commonJs(true),
  {
    // Declarations, one bundle per entry (`.d.ts` for import, `.d.cts` for require).
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: false,
    target: 'node20',
  },
  {
    // The CLI is bundled whole, minified, as CommonJS: on Node 20 that starts in about half the
    // time of the same bundle as an ES module (measured: docs/performance.md).
    // The document commands (`view`, `report`) are a bundle of their own that `cli.cjs` loads only
    // when one of them runs (ADR 0036): the renderer and charts never slow other commands' start.
    entry: { cli: 'src/cli/main.ts', 'cli-documents': 'src/cli/documents.ts' },
    define: { ...constants(false), 'process.env.YJPLAN_CLI_BUNDLE': '"true"' },
    format: ['cjs'],
    target: 'node20',
    clean: false,
    sourcemap: false,
    minify: true,
    // Everything but the database drivers: `yjplan store` loads them on demand (optional peers;
    // PGlite also reads its WebAssembly files from beside its own modules).
    noExternal: [/^(?!pg$|pg\/|@electric-sql\/pglite)/],
    external: ['pg', '@electric-sql/pglite'],
    // ...and required, not imported: `import()` in a .cjs file reads as ES module code to tools.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false };
    },
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
];

export default defineConfig(builds.map(quiet));
