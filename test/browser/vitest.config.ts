import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The package's version, which the build writes into src/version.ts. */
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * The browser tests (`npm run test:browser`): the plan documents and the caseload report opened
 * in the operating system's Chromium (never a downloaded browser), checked for rendering and
 * with axe-core. Run apart from the unit tests; `npm test` runs both.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  define: {
    __YJPLAN_DEVELOPMENT__: 'true',
    __YJPLAN_VERSION__: JSON.stringify(version),
  },
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
