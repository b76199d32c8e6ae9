/**
 * Runs after the build (`npm run pkgcheck`): the declarations a host's compiler reads for
 * `import ... from 'yjplan'` stay small. Counts `dist/index.d.ts` and every declaration chunk it
 * reaches through relative imports (what `tsc` loads of yjplan; zod's own types not counted), and
 * the same for the other entries, for docs/performance.md. Budget: 150 KB for `index.d.ts`
 * itself. The chunks it reaches are shared with `yjplan/schemas` and hold the zod schemas'
 * inferred types; they are reported, not yet held to a budget (docs/performance.md).
 *
 *   node test/package/declarations.mjs
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const LIMIT = 150 * 1024;

/** The declaration files `entry` reaches (itself included). */
function reached(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(join(dist, entry), 'utf8');
  for (const [, spec] of text.matchAll(/from ['"](\.\/[^'"]+)['"]/g)) {
    reached(spec.replace(/\.js$/, '.d.ts').replace(/^\.\//, ''), seen);
  }
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = {};
for (const entry of ['index', 'schemas', 'law', 'testing', 'render', 'report', 'store']) {
  const files = reached(`${entry}.d.ts`);
  sizes[entry] = {
    own: statSync(join(dist, `${entry}.d.ts`)).size,
    total: [...files].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0),
    files: files.size,
  };
}
console.log(
  `declarations: ${Object.entries(sizes)
    .map(([e, s]) => `${e}.d.ts ${kb(s.own)} (${kb(s.total)} in ${s.files} files reached)`)
    .join('; ')}`,
);
assert.ok(sizes.index.own < LIMIT, `index.d.ts is ${kb(sizes.index.own)}, over ${kb(LIMIT)}`);
