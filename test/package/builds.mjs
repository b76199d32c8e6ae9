/**
 * Runs after the build (`npm run pkgcheck`): what each build holds.
 * - The production build has no deep-freezing left where states are made (it is folded away at
 *   build time); the development build freezes there (ADR 0013). Checked in the files a host
 *   loads: the ES module the state maker imports, and the CommonJS chunk that holds it.
 * - The JSON Schemas import by their subpath, `yjplan/schema/<name>.json`, and are the documents
 *   `jsonSchemas()` gives.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** The body of `function name(...) { ... }` in a file (to its first closing brace at the start of a line). */
function functionBody(text, name) {
  const start = text.indexOf(`function ${name}(`);
  return start < 0 ? undefined : text.slice(start, text.indexOf('\n}', start) + 2);
}

for (const [build, dir, freezes] of [
  ['production', dist, false],
  ['development', join(dist, 'development'), true],
]) {
  // ES modules: the state maker (lifecycle/own.js) freezes through _lib/development.js.
  const own = readFileSync(join(dir, 'lifecycle', 'own.js'), 'utf8');
  assert.match(own, /from "\.\.\/_lib\/development\.js"/, `${build}: own.js imports the freezer`);
  const freezer = functionBody(
    readFileSync(join(dir, '_lib', 'development.js'), 'utf8'),
    'freezeInDevelopment',
  );
  assert.equal(
    /deepFreeze\(/.test(freezer ?? ''),
    freezes,
    `${build} ES modules: freezeInDevelopment ${freezes ? 'walks' : 'does not walk'} the state`,
  );
  // CommonJS: the chunk that holds makeState.
  const chunk = readdirSync(dir)
    .filter((f) => f.endsWith('.cjs'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .find((text) => text.includes('function makeState('));
  assert.ok(chunk, `${build} CommonJS: a chunk holds makeState`);
  const walked = [functionBody(chunk, 'makeState'), functionBody(chunk, 'freezeInDevelopment')]
    .join('\n')
    .includes('deepFreeze(');
  assert.equal(
    walked,
    freezes,
    `${build} CommonJS: makeState ${freezes ? 'deep-freezes' : 'does not deep-freeze'} the state`,
  );
}

// JSON Schemas by subpath, as a host that does not speak TypeScript imports them.
const { jsonSchemas } = require('yjplan/schemas');
const byName = jsonSchemas();
for (const name of Object.keys(byName)) {
  assert.deepEqual(
    require(`yjplan/schema/${name}.json`),
    byName[name],
    `yjplan/schema/${name}.json`,
  );
}
const { default: caseFile } = await import('yjplan/schema/case-file.json', {
  with: { type: 'json' },
});
assert.equal(caseFile.$schema, 'https://json-schema.org/draft/2020-12/schema');

console.log(
  `the production build does not freeze states, the development build does; ${Object.keys(byName).length} JSON Schemas import as yjplan/schema/<name>.json`,
);
