import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
    projects: [
      {
        extends: true,
        define: { __YJPLAN_DEVELOPMENT__: 'true' },
        test: {
          name: 'development',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...exclude, 'test/**/*.production.test.ts'],
        },
      },
      {
        extends: true,
        define: { __YJPLAN_DEVELOPMENT__: 'false' },
        test: { name: 'production', include: ['test/**/*.production.test.ts'], exclude },
      },
    ],
  },
});
