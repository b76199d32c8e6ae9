import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The package's version, which the build writes into src/version.ts. */
const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

/**
 * The project's tests run the development build's checks: every state the library makes is
 * deep-frozen, so a step that edits what came in with an event, or a test that writes to a
 * state, throws where it happens.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: {
    __YJPLAN_DEVELOPMENT__: 'true',
    __YJPLAN_VERSION__: JSON.stringify(version),
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', '**/node_modules/**'],
  },
});
