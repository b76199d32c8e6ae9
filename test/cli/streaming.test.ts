import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { simulateCaseload } from '../../src/testing/index.js';

const CASES = 10_000;

// A full garbage collection on demand, so the test measures live memory, not garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const dir = mkdtempSync(join(tmpdir(), 'yjplan-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes a caseload of `cases` lines (after `firstLine`, if given): 100 simulated cases, each
 * repeated under new case ids.
 */
async function writeCaseload(path: string, cases = CASES, firstLine?: string): Promise<void> {
  const out = createWriteStream(path);
  if (firstLine !== undefined) out.write(`${firstLine}\n`);
  const samples = [
    ...simulateCaseload({ seed: 7, cases: 100, from: '2025-01-01', to: '2025-06-30' }),
  ].map((f) => JSON.stringify(f));
  for (let i = 0; i < cases; i++) {
    const line = (samples[i % samples.length] as string).replace(
      /"caseId":"case-\d+"/,
      `"caseId":"case-${i}"`,
    );
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  out.end();
  await finished(out);
}

describe('yjplan check on a large caseload', () => {
  it('streams 10,000 cases of NDJSON with memory that stays flat', async () => {
    const file = join(dir, 'caseload.ndjson');
    await writeCaseload(file);
    const size = statSync(file).size;
    let lines = 0;
    const io: CliIo = {
      stdout: { write: (s: string) => (lines += s.split('\n').length - 1) },
      stderr: { write: () => true },
      stdin: Readable.from([]),
      env: {},
      openFile: (p) => createReadStream(p, { encoding: 'utf8' }),
      createFile: async () => {
        throw new Error('check writes no file');
      },
      today: () => '2025-06-30',
    };
    // Live memory, measured after a full collection, a few times a second.
    const samples: number[] = [];
    const sampler = setInterval(() => {
      collectGarbage();
      samples.push(process.memoryUsage().heapUsed);
    }, 250);
    const code = await runCli(['check', file, '--as-of', '2025-06-30', '--format', 'json'], io);
    clearInterval(sampler);
    expect(code).not.toBe(2);
    expect(lines).toBe(CASES + 1); // and the summary
    // Flat: live memory late in the run is no higher than early in it, and a small fraction of
    // the file's size (holding the file would take several times its size).
    const quarter = Math.floor(samples.length / 4);
    const early = Math.max(...samples.slice(0, quarter));
    const late = Math.max(...samples.slice(-quarter));
    expect(quarter).toBeGreaterThan(3);
    expect(late).toBeLessThan(early + 16 * 1024 * 1024);
    expect(Math.max(...samples)).toBeLessThan(size / 2);
  }, 300_000);
});

describe('yjplan check on a large caseload whose first line is broken', () => {
  it('checks every other line, with memory that stays flat (the lines are not held)', async () => {
    const cases = 3000;
    const file = join(dir, 'broken-first-line.ndjson');
    await writeCaseload(file, cases, '{"schemaVersion":1,"events":[{"id":"e-1","ty');
    const size = statSync(file).size;
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: { write: (s: string) => out.push(s.slice(0, 40)) },
      stderr: { write: (s: string) => err.push(s) },
      stdin: Readable.from([]),
      env: {},
      openFile: (p) => createReadStream(p, { encoding: 'utf8' }),
      createFile: async () => {
        throw new Error('check writes no file');
      },
      today: () => '2025-06-30',
    };
    const before = liveMemory();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(liveMemory()), 250);
    const code = await runCli(['check', file, '--as-of', '2025-06-30', '--format', 'json'], io);
    clearInterval(sampler);
    // Holding the lines until the end would take at least the file's size.
    expect(samples.length).toBeGreaterThan(3);
    expect(Math.max(...samples) - before).toBeLessThan(size / 4);
    expect(code).toBe(2);
    expect(err.join('')).toBe(`${file}:1: not valid JSON\n`);
    const kinds = out.map((l) => /"kind":"(\w+)"/.exec(l)?.[1]);
    expect(kinds.filter((k) => k === 'case')).toHaveLength(cases);
    expect(kinds.slice(0, 1)).toEqual(['invalid']);
  }, 300_000);
});

/** Live memory after a full collection: the heap, and the buffers written lines wait in. */
function liveMemory(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

describe('yjplan simulate to a slow reader', () => {
  it('keeps live memory flat while writing 1,500 cases (it waits for the reader)', async () => {
    const CASES_OUT = 1500;
    let bytes = 0;
    let lines = 0;
    const samples: number[] = [];
    // A reader slower than the simulator: without backpressure every line would pile up.
    const reader = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        lines++;
        if (lines % 100 === 0) samples.push(liveMemory());
        setImmediate(done);
      },
    });
    const io: CliIo = {
      stdout: reader,
      stderr: { write: () => true },
      stdin: Readable.from([]),
      env: {},
      openFile: () => Readable.from([]),
      createFile: async () => {
        throw new Error('simulate writes to standard output here');
      },
      today: () => '2025-06-30',
    };
    const before = liveMemory();
    expect(await runCli(['simulate', '--cases', String(CASES_OUT), '--seed', '9'], io)).toBe(0);
    await new Promise<void>((resolve) => reader.end(resolve));
    expect(lines).toBe(CASES_OUT);
    const quarter = Math.floor(samples.length / 4);
    const early = Math.max(...samples.slice(0, quarter));
    const late = Math.max(...samples.slice(-quarter));
    expect(late).toBeLessThan(early + 16 * 1024 * 1024);
    // Holding the output would take more than its size; live memory grows by a fraction of it.
    expect(Math.max(...samples) - before).toBeLessThan(bytes / 4);
  }, 300_000);
});
