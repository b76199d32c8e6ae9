import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { workedExampleEvents } from '../src/testing/examples/referralOrderCase.js';

// Needs the built CLI: `npm run bench` builds first.
const cli = join(import.meta.dirname, '..', 'dist', 'cli.cjs');
const dir = mkdtempSync(join(tmpdir(), 'yjplan-bench-'));
const file = join(dir, 'kai.json');
writeFileSync(file, JSON.stringify({ schemaVersion: 1, events: workedExampleEvents() }));

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`exit ${r.status}`);
};

describe.skipIf(!existsSync(cli))('CLI start-up: check one case file', () => {
  bench('reference: node -e ""', () => run(['-e', '']), { iterations: 20, time: 0 });
  bench('yjplan check case.json', () => run([cli, 'check', file, '--as-of', '2026-03-31']), {
    iterations: 20,
    time: 0,
  });
});
