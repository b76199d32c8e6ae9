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

await check(
  'ESM',
  await import('yjplan'),
  await import('yjplan/testing'),
  await import('yjplan/store'),
);
await check('CommonJS', require('yjplan'), require('yjplan/testing'), require('yjplan/store'));
console.log('yjplan, yjplan/testing and yjplan/store share one runtime (ESM and CommonJS)');
