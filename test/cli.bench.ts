/**
 * CLI start-up: `yjplan check` of one case file against `node -e ''` on the same machine.
 * PERFORMANCE.md target: within 100 ms of `node -e ''`. Needs a built CLI: `npm run bench`
 * builds dist/ first; `YJPLAN_CLI=/path/to/cli.cjs` measures another build.
 * Run: `npx vitest bench --run test/cli.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { workedExampleEvents } from '../src/testing/index.js';

const cli = process.env.YJPLAN_CLI ?? join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const dir = mkdtempSync(join(tmpdir(), 'yjplan-bench-'));
const worked = join(dir, 'kai.json');
writeFileSync(worked, JSON.stringify({ schemaVersion: 1, events: workedExampleEvents() }));
/** A full case: 387 events, 119 KiB (the PERFORMANCE.md workload; see test/validate.bench.ts). */
const full = join(import.meta.dirname, 'fixtures', 'full-case-v1.json');

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  // 0: no error findings, 1: error findings; anything else is a failure.
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}`);
};
const once = { iterations: 20, time: 0 };

describe.skipIf(!existsSync(cli))('CLI start-up: check one case file', () => {
  bench('reference: node -e ""', () => run(['-e', '']), once);
  bench(
    'yjplan check kai.json (60 events)',
    () => run([cli, 'check', worked, '--as-of', '2026-03-31']),
    once,
  );
  bench(
    'yjplan check full.json (387 events)',
    () => run([cli, 'check', full, '--as-of', '2026-03-31']),
    once,
  );
});
