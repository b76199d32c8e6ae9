/**
 * Runs after the build (`npm run pkgcheck`): tree-shaking works for a host's bundler. A bundle
 * (esbuild, minified, for the browser) of only `import { addWorkingDays } from 'yjplan'` stays
 * under 30 KB: it must not carry zod, xstate or the rest of the library. Also reports, for
 * docs/performance.md, the size of a bundle of only `checkCase` and `replay`.
 *
 *   node test/package/bundleSize.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIMIT = 30 * 1024;

// A host project whose node_modules/yjplan is this package, as installed.
const host = mkdtempSync(join(tmpdir(), 'yjplan-bundle-'));
mkdirSync(join(host, 'node_modules'));
symlinkSync(root, join(host, 'node_modules', 'yjplan'), 'dir');

async function bundle(contents, conditions = []) {
  const result = await build({
    stdin: { contents, resolveDir: host, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(
    Object.values(result.metafile.outputs)[0].inputs,
  )) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? 'yjplan';
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  return { bytes: code.length, gzip: gzipSync(code).length, byPackage };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const describe = ({ bytes, gzip, byPackage }) =>
  `${kb(bytes)} minified, ${kb(gzip)} gzipped (${Object.entries(byPackage)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${kb(n)}`)
    .join(', ')})`;

try {
  const workingDays = await bundle(
    "import { addWorkingDays } from 'yjplan'; console.log(addWorkingDays('2025-12-23', 2));",
  );
  console.log(`import { addWorkingDays } from 'yjplan': ${describe(workingDays)}`);
  assert.ok(
    workingDays.bytes < LIMIT,
    `a bundle of only addWorkingDays is ${kb(workingDays.bytes)}, over ${kb(LIMIT)}`,
  );
  assert.deepEqual(
    Object.keys(workingDays.byPackage),
    ['yjplan'],
    'a bundle of only addWorkingDays carries no dependency',
  );

  const checks = await bundle(
    "import { checkCase, replay } from 'yjplan'; export const run = (events, asOf) => checkCase(replay(events), { asOf });",
  );
  console.log(`import { checkCase, replay } from 'yjplan': ${describe(checks)}`);
  const development = await bundle(
    "import { checkCase, replay } from 'yjplan'; export const run = (events, asOf) => checkCase(replay(events), { asOf });",
    ['development'],
  );
  console.log(`the same, development build: ${describe(development)}`);
} finally {
  rmSync(host, { recursive: true, force: true });
}
