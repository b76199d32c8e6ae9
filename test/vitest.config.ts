import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The project's tests run the development build's checks: every state the library makes is
 * deep-frozen, so a step that edits what came in with an event, or a test that writes to a
 * state, throws where it happens.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: { __YJPLAN_DEVELOPMENT__: 'true' },
  test: { include: ['test/**/*.test.ts'] },
});
