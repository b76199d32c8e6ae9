/**
 * Runs after the build (`npm run pkgcheck`): each testing entry loads, in ES modules and in
 * CommonJS, with only its own optional peers installed. The package is copied into a fresh
 * `node_modules` with its dependencies (linked from this checkout) and, per entry, only the peers
 * that entry names; an entry whose peer is missing fails with a message naming the package.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(root, 'node_modules');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A package and everything it depends on, by name, as installed in this checkout. */
function closure(names, seen = new Set()) {
  for (const name of names) {
    if (seen.has(name) || !existsSync(join(modules, name, 'package.json'))) continue;
    seen.add(name);
    const own = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
    closure(Object.keys({ ...own.dependencies, ...own.optionalDependencies }), seen);
  }
  return seen;
}

/** A project with yjplan, its dependencies and only `peers` installed. */
function project(peers) {
  const dir = mkdtempSync(join(tmpdir(), 'yjplan-peers-'));
  const nm = join(dir, 'node_modules');
  mkdirSync(join(nm, 'yjplan'), { recursive: true });
  cpSync(join(root, 'dist'), join(nm, 'yjplan', 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(nm, 'yjplan', 'package.json'));
  for (const name of closure([...Object.keys(pkg.dependencies), ...peers])) {
    mkdirSync(dirname(join(nm, name)), { recursive: true });
    symlinkSync(join(modules, name), join(nm, name), 'dir');
  }
  return dir;
}

/** Runs `code` as an ES module or CommonJS script in `dir`; returns its exit and output. */
function run(dir, kind, code) {
  const r = spawnSync(
    process.execPath,
    kind === 'ESM' ? ['--input-type=module', '-e', code] : ['-e', code],
    { cwd: dir, encoding: 'utf8' },
  );
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const load = (kind, entry) =>
  kind === 'ESM' ? `const m = await import('${entry}');` : `const m = require('${entry}');`;

const ENTRIES = [
  {
    entry: 'yjplan/testing',
    peers: [],
    probe: `const f = m.simulateCase({ seed: 1 }); if (!f.events.length) process.exit(2);
      if (!m.workedExampleEvents().length || !m.aCase().state()) process.exit(3);`,
  },
  {
    entry: 'yjplan/testing/arbitraries',
    peers: ['fast-check'],
    probe: 'if (!m.arbitraries.disposal()) process.exit(2);',
  },
  {
    entry: 'yjplan/testing/paths',
    peers: ['@xstate/graph'],
    probe: 'if (m.lifecyclePaths().length === 0) process.exit(2);',
  },
];

const dirs = [];
try {
  for (const { entry, peers, probe } of ENTRIES) {
    const only = project(peers);
    dirs.push(only);
    for (const kind of ['ESM', 'CommonJS']) {
      const r = run(only, kind, `${load(kind, entry)}\n${probe}`);
      assert.ok(
        r.ok,
        `${kind}: ${entry} loads with only ${peers.join(', ') || 'no optional peer'}\n${r.out}`,
      );
    }
    for (const peer of peers) {
      const without = project(peers.filter((p) => p !== peer));
      dirs.push(without);
      for (const kind of ['ESM', 'CommonJS']) {
        const r = run(without, kind, load(kind, entry));
        assert.ok(!r.ok, `${kind}: ${entry} without ${peer} fails`);
        assert.ok(
          r.out.includes(`'${peer}'`),
          `${kind}: ${entry} without ${peer} names it\n${r.out}`,
        );
      }
    }
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
console.log(
  'yjplan/testing loads with no optional peer; yjplan/testing/arbitraries needs only fast-check and yjplan/testing/paths only @xstate/graph (ESM and CommonJS), and names a missing one',
);
