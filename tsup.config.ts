import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      // The testing kit's parts that need an optional peer, each behind its own entry so
      // `yjplan/testing` loads without them: fast-check, and @xstate/graph.
      'testing/arbitraries': 'src/testing/arbitraries/index.ts',
      'testing/paths': 'src/testing/paths.ts',
      // Documents people read: preact here, and the charting libraries (optional peers) in report.
      render: 'src/render/index.ts',
      report: 'src/report/index.ts',
      // The PostgreSQL event store: its drivers (pg, PGlite) are optional peers, never bundled.
      store: 'src/store/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // One shared chunk: `yjplan` and `yjplan/testing` must share one copy of the library at run
    // time (one YjplanError class, one set of caches); test/package/sharedRuntime.mjs checks it.
    splitting: true,
    treeshake: true,
    async onSuccess() {
      // JSON Schema for every top-level input, for hosts that do not speak TypeScript.
      const { jsonSchemas } = await import(`${process.cwd()}/dist/index.js?t=${Date.now()}`);
      await mkdir('dist/schema', { recursive: true });
      for (const [name, schema] of Object.entries(jsonSchemas() as Record<string, unknown>)) {
        await writeFile(`dist/schema/${name}.json`, `${JSON.stringify(schema, null, 2)}\n`);
      }
    },
  },
  {
    // The CLI is bundled whole, minified, as CommonJS: on Node 20 that starts in about half the
    // time of the same bundle as an ES module (measured: docs/performance.md).
    // The document commands (`view`, `report`) are a bundle of their own that `cli.cjs` loads only
    // when one of them runs (ADR 0036): the renderer and charts never slow other commands' start.
    entry: { cli: 'src/cli/main.ts', 'cli-documents': 'src/cli/documents.ts' },
    define: { 'process.env.YJPLAN_CLI_BUNDLE': '"true"' },
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
]);
