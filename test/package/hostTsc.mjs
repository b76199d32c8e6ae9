/**
 * What importing yjplan costs a host's type-check (run by hand after `npm run build`; not part of
 * `npm test`, it installs the packed tarball into a temporary project):
 *
 *   node test/package/hostTsc.mjs [runs]
 *
 * Packs the package, installs the tarball (and @types/node) into a temporary project from the
 * npm cache, and times `tsc --noEmit` on host.ts (the README's calls) against hostBaseline.ts
 * (the same file with no yjplan import) and hostZod.ts (the baseline using zod's types, which
 * every yjplan host has installed), with `skipLibCheck` on and off, under `module: nodenext` and
 * `exactOptionalPropertyTypes`. Prints the median CPU time (and wall time) of each.
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
  copyFileSync(join(here, 'hostZod.ts'), join(project, 'hostZod.ts'));

  // tsc run in a process that reports its own CPU time on exit: on a shared machine CPU time
  // moves far less between runs than wall time does.
  writeFileSync(
    join(project, 'timed-tsc.cjs'),
    `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('CPU ' + (u.user + u.system) / 1e6 + '\\n'); });\nprocess.argv.splice(1, 1);\nrequire(${JSON.stringify(tsc)});\n`,
  );

  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
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
    const wall = [];
    const cpu = [];
    let memory = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        ['timed-tsc.cjs', 'tsc', '-p', config, '--extendedDiagnostics'],
        { cwd: project, encoding: 'utf8' },
      );
      wall.push((performance.now() - started) / 1000);
      cpu.push(Number(/CPU (\S+)/.exec(run.stderr)?.[1]));
      if (run.status !== 0) {
        const errors = run.stdout.split('\n').filter((l) => l.includes('error TS'));
        console.log(
          `tsc reported ${errors.length} errors on ${file} (skipLibCheck ${skipLibCheck}):`,
        );
        for (const line of errors.slice(0, 5)) console.log(`  ${line.slice(0, 200)}`);
      }
      memory = /Memory used:\s+(\S+)/.exec(run.stdout)?.[1] ?? '';
    }
    return { wall: median(wall), cpu: median(cpu), memory };
  };
  const show = ({ wall, cpu, memory }) =>
    `${cpu.toFixed(2)} s CPU (${wall.toFixed(2)} s wall, ${memory})`;

  for (const skipLibCheck of [true, false]) {
    const host = time('host.ts', skipLibCheck);
    const baseline = time('hostBaseline.ts', skipLibCheck);
    const zod = time('hostZod.ts', skipLibCheck);
    console.log(
      `skipLibCheck ${skipLibCheck}: host ${show(host)}; baseline ${show(baseline)}; ` +
        `baseline with zod's types ${show(zod)}; yjplan adds ${(host.cpu - baseline.cpu).toFixed(2)} s CPU`,
    );
  }
} finally {
  rmSync(project, { recursive: true, force: true });
}
