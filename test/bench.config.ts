import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Benchmarks (`npm run bench`) run the library as the production build does: nothing frozen,
 * as a host's production bundle runs it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: { __YJPLAN_DEVELOPMENT__: 'false' },
  test: { benchmark: { include: ['test/**/*.bench.ts'] } },
});
