/**
 * Runs after the build (`npm run pkgcheck`), twice: as is, and with `node --conditions=development`.
 * `yjplan` and `yjplan/testing`, loaded by their package names as a host loads them, share one
 * copy of the library at run time, in ES modules and in CommonJS, in the production and in the
 * development build. Two copies would break `instanceof YjplanError` and double every
 * module-level cache. The development build deep-freezes every state it makes; the production
 * build freezes none (ADR 0013).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Whether this run loads the development build (`node --conditions=development`). */
const development = process.execArgv.join(' ').includes('development');
const build = development ? 'development' : 'production';
// ...and Node picks that build's files for both module systems.
for (const resolved of [require.resolve('yjplan'), import.meta.resolve('yjplan')]) {
  assert.equal(/[\\/]dist[\\/]development[\\/]/.test(resolved), development, resolved);
}

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
  // The state's own five fields are fixed in both builds; what it holds is deep-frozen in the
  // development build only: the record, what the record holds, the event log.
  assert.ok(Object.isFrozen(state), `${kind}, ${build} build: the state's own fields are fixed`);
  const plan = state.record.plans[0];
  for (const [what, value] of [
    ['its record', state.record],
    ['a plan version', plan],
    ['an objective', plan?.plan.objectives[0]],
    ['its event log', state.events],
  ]) {
    assert.equal(
      Object.isFrozen(value),
      development,
      `${kind}, ${build} build: ${what} is ${development ? '' : 'not '}frozen`,
    );
  }
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
  `${build} build: yjplan, yjplan/testing, yjplan/render, yjplan/report and yjplan/store share one runtime (ESM and CommonJS); states ${development ? 'are' : 'are not'} frozen`,
);
