/**
 * Runs after the build (`npm run pkgcheck`): `yjplan` and `yjplan/testing`, loaded by their package
 * names as a host loads them, share one copy of the library at run time, in ES modules and in
 * CommonJS. Two copies would break `instanceof YjplanError` and double every module-level cache.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

async function check(kind, main, testing, store) {
  // yjplan/store answers bad options with the main entry's own error class too.
  assert.throws(
    () => store.createCaseStore({ db: {} }),
    (e) => e instanceof main.YjplanError && e.code === 'invalid_input',
    `${kind}: yjplan/store throws the YjplanError class of yjplan`,
  );
  // A bad option to the simulator is refused with the main entry's own error class.
  assert.throws(
    () => testing.simulateCase({ seed: 1.5 }),
    (e) => e instanceof main.YjplanError && e.code === 'invalid_input',
    `${kind}: yjplan/testing throws the YjplanError class of yjplan`,
  );
  // A case built by the testing kit replays with the main entry and checks clean.
  const state = main.replay(testing.workedExampleEvents());
  assert.equal(state.stage, 'closed', `${kind}: the worked example replays to closure`);
}

async function documents(kind, main, testing, render, report) {
  // A state from `yjplan` renders with `yjplan/render` and counts in `yjplan/report`.
  const state = main.replay(testing.workedExampleEvents());
  assert.match(render.renderPlan(state, 'child', { asOf: '2026-03-31' }), /<html lang="en">/);
  const figures = report.caseloadReport([state], { asOf: '2026-03-31' }).figures;
  assert.equal(figures.cases, 1, `${kind}: yjplan/report reads a state from yjplan`);
}

// The core entry loads neither the renderer nor the charting libraries (checked in CommonJS,
// where the module cache shows what was loaded, before anything else is required).
require('yjplan');
const heavy = Object.keys(require.cache).filter((f) =>
  /[\\/]node_modules[\\/](preact|preact-render-to-string|@observablehq|linkedom|d3[^\\/]*|pg|@electric-sql)[\\/]/.test(
    f,
  ),
);
assert.deepEqual(
  heavy,
  [],
  'require("yjplan") loads no renderer, chart library or database driver',
);

await check(
  'ESM',
  await import('yjplan'),
  await import('yjplan/testing'),
  await import('yjplan/store'),
);
await check('CommonJS', require('yjplan'), require('yjplan/testing'), require('yjplan/store'));
await documents(
  'ESM',
  await import('yjplan'),
  await import('yjplan/testing'),
  await import('yjplan/render'),
  await import('yjplan/report'),
);
await documents(
  'CommonJS',
  require('yjplan'),
  require('yjplan/testing'),
  require('yjplan/render'),
  require('yjplan/report'),
);
console.log(
  'yjplan, yjplan/testing, yjplan/render, yjplan/report and yjplan/store share one runtime (ESM and CommonJS)',
);
