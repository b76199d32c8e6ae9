/**
 * What importing yjplan costs a host's type-check (run by hand after `npm run build`; not part of
 * `npm test`, it installs the packed tarball into a temporary project):
 *
 *   node test/package/hostTsc.mjs [runs]
 *
 * Packs the package, installs the tarball (and @types/node) into a temporary project from the
 * npm cache, and times `tsc --noEmit` on host.ts (the README's calls) against hostBaseline.ts
 * (the same file with no yjplan import), with `skipLibCheck` on and off, under
 * `module: nodenext` and `exactOptionalPropertyTypes`. Prints the median wall time of each.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const runs = Number(process.argv[2] ?? 3);
const tsc = join(
  dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
  'bin',
  'tsc',
);

const project = mkdtempSync(join(tmpdir(), 'yjplan-host-'));
try {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  writeFileSync(
    join(project, 'package.json'),
    '{ "name": "host", "private": true, "type": "module" }\n',
  );
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--silent',
      `./${tarball}`,
      '@types/node@20',
    ],
    { cwd: project, stdio: 'inherit' },
  );
  copyFileSync(join(here, 'host.ts'), join(project, 'host.ts'));
  copyFileSync(join(here, 'hostBaseline.ts'), join(project, 'hostBaseline.ts'));

  const time = (file, skipLibCheck) => {
    const config = `tsconfig.${file}.${skipLibCheck}.json`;
    writeFileSync(
      join(project, config),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck,
          types: ['node'],
        },
        files: [file],
      }),
    );
    const times = [];
    let memory = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [tsc, '-p', config, '--extendedDiagnostics'], {
        cwd: project,
        encoding: 'utf8',
      });
      times.push(performance.now() - started);
      if (run.status !== 0) throw new Error(`tsc failed on ${file}:\n${run.stdout}${run.stderr}`);
      memory = /Memory used:\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
    }
    times.sort((a, b) => a - b);
    return { seconds: times[Math.floor(times.length / 2)] / 1000, memory };
  };

  for (const skipLibCheck of [true, false]) {
    const host = time('host.ts', skipLibCheck);
    const baseline = time('hostBaseline.ts', skipLibCheck);
    console.log(
      `skipLibCheck ${skipLibCheck}: host ${host.seconds.toFixed(2)} s (${host.memory}), ` +
        `baseline ${baseline.seconds.toFixed(2)} s (${baseline.memory}), ` +
        `yjplan adds ${(host.seconds - baseline.seconds).toFixed(2)} s`,
    );
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
