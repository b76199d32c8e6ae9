import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The package's version, which the build writes into src/version.ts. */
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

const exclude = ['test/browser/**', '**/node_modules/**'];

/**
 * Two projects. `development` runs nearly every test as the development build behaves: every
 * state the library makes is deep-frozen, so a step that edits what came in with an event, or a
 * test that writes to a state, throws where it happens. `production` runs the tests named
 * `*.production.test.ts` as the production build behaves (nothing frozen): there a caller can
 * write to a state, and those tests check that the library's answers do not depend on it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Property tests run hundreds of cases: on a loaded two-core machine a few take well over
    // vitest's default 5 s, which is a machine's speed, not a failure. Benchmarks measure speed.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        define: { __YJPLAN_DEVELOPMENT__: 'true', __YJPLAN_VERSION__: JSON.stringify(version) },
        test: {
          name: 'development',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...exclude, 'test/**/*.production.test.ts'],
        },
      },
      {
        extends: true,
        define: { __YJPLAN_DEVELOPMENT__: 'false', __YJPLAN_VERSION__: JSON.stringify(version) },
        test: { name: 'production', include: ['test/**/*.production.test.ts'], exclude },
      },
    ],
  },
});
