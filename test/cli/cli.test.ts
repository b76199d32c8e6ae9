import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { workedExampleEvents } from '../../src/testing/examples/referralOrderCase.js';
import { YRO_EXAMPLE, yroExampleEvents } from '../../src/testing/examples/yroCase.js';
import { memoryIo } from './io.js';

const caseFile = (events = workedExampleEvents()) => JSON.stringify({ schemaVersion: 1, events });

describe('yjplan demo', () => {
  it('runs the worked example to closure and shows stage, plan and findings', async () => {
    const m = memoryIo();
    expect(await runCli(['demo'], m.io)).toBe(0);
    const out = m.stdout();
    expect(out).toContain('Stage:    closed');
    expect(out).toContain('Plan:     version 2');
    expect(out).toContain('Findings:');
    expect(out).toContain('Review completed: revise-plan');
  });

  it('prints JSON with --format json', async () => {
    const m = memoryIo();
    expect(await runCli(['demo', '--format', 'json'], m.io)).toBe(0);
    const moments = JSON.parse(m.stdout()) as { stage: string }[];
    expect(moments.map((x) => x.stage)).toEqual(['delivery', 'closed']);
  });
});

describe('yjplan check', () => {
  it('exits 0 for a valid case with no error findings', async () => {
    const m = memoryIo({ files: { 'kai.json': caseFile() } });
    expect(await runCli(['check', 'kai.json', '--as-of', '2026-03-31'], m.io)).toBe(0);
    expect(m.stdout()).toContain('case-kai');
  });

  it('reads a pretty-printed case file spread over many lines', async () => {
    const m = memoryIo({ files: { 'kai.json': JSON.stringify(JSON.parse(caseFile()), null, 2) } });
    expect(await runCli(['check', 'kai.json', '--as-of', '2026-03-31'], m.io)).toBe(0);
  });

  it('exits 2 naming the file, event index and field path of invalid input', async () => {
    const events = workedExampleEvents();
    (events[2] as { payload: { on?: string } }).payload.on = '2025-02-30';
    const m = memoryIo({ files: { 'bad.json': caseFile(events) } });
    expect(await runCli(['check', 'bad.json', '--as-of', '2026-03-31'], m.io)).toBe(2);
    expect(m.stderr()).toMatch(/^bad\.json:1: event 2: payload\.on: /);
    expect(m.stderr()).toContain('[invalid_input]');
  });

  it('exits 2 for an event the lifecycle does not allow, naming the event', async () => {
    const events = workedExampleEvents();
    const closed = events.pop();
    events.splice(5, 0, { ...(closed as object), id: 'early-close' } as (typeof events)[number]);
    const m = memoryIo({ files: { 'bad.json': caseFile(events) } });
    expect(await runCli(['check', 'bad.json', '--as-of', '2026-03-31'], m.io)).toBe(2);
    expect(m.stderr()).toContain('event 5: type');
    expect(m.stderr()).toContain('[event_not_allowed]');
  });

  it('streams an NDJSON caseload and names the line of a bad case', async () => {
    const good = caseFile();
    const m = memoryIo({
      files: { 'load.ndjson': `${good}\n${good}\n{"schemaVersion":1\n${good}\n` },
    });
    expect(
      await runCli(['check', 'load.ndjson', '--as-of', '2026-03-31', '--format', 'json'], m.io),
    ).toBe(2);
    expect(m.stderr()).toContain('load.ndjson:3: not valid JSON');
    expect(m.stdout().trim().split('\n')).toHaveLength(3);
  });

  it('reads standard input with -', async () => {
    const m = memoryIo({ stdin: caseFile() });
    expect(await runCli(['check', '-', '--as-of', '2026-03-31'], m.io)).toBe(0);
  });

  it('exits 2 for a missing file, an empty file and a bad --as-of', async () => {
    expect(await runCli(['check', 'missing.json'], memoryIo().io)).toBe(2);
    expect(
      await runCli(['check', 'empty.json'], memoryIo({ files: { 'empty.json': '' } }).io),
    ).toBe(2);
    const m = memoryIo({ files: { 'kai.json': caseFile() } });
    expect(await runCli(['check', 'kai.json', '--as-of', '2026-02-30'], m.io)).toBe(2);
    expect(m.stderr()).toContain('Expected a date YYYY-MM-DD');
  });
});

describe('yjplan schema and diagram', () => {
  it('prints the JSON Schema of one input, or all of them', async () => {
    const one = memoryIo();
    expect(await runCli(['schema', 'case-file'], one.io)).toBe(0);
    expect(JSON.parse(one.stdout()).type).toBe('object');
    const all = memoryIo();
    expect(await runCli(['schema'], all.io)).toBe(0);
    expect(Object.keys(JSON.parse(all.stdout()))).toContain('case-event');
  });

  it('exits 2 for an unknown schema name', async () => {
    const m = memoryIo();
    expect(await runCli(['schema', 'nope'], m.io)).toBe(2);
    expect(m.stderr()).toContain('Known: case-file');
  });

  it('prints the Mermaid state diagram', async () => {
    const m = memoryIo();
    expect(await runCli(['diagram'], m.io)).toBe(0);
    expect(m.stdout().startsWith('stateDiagram-v2')).toBe(true);
  });
});

describe('the command line', () => {
  it.each([
    ['--help'],
    ['demo', '--help'],
    ['check', '--help'],
    ['schema', '--help'],
    ['diagram', '--help'],
  ])('answers %s with usage and exit 0', async (...argv) => {
    const m = memoryIo();
    expect(await runCli(argv, m.io)).toBe(0);
    expect(m.stdout()).toContain('Usage: yjplan');
  });

  it('prints the version', async () => {
    const m = memoryIo();
    expect(await runCli(['--version'], m.io)).toBe(0);
    expect(m.stdout().trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 for an unknown command', async () => {
    expect(await runCli(['bogus'], memoryIo().io)).toBe(2);
  });

  it('honours NO_COLOR even on a terminal, and colours a terminal otherwise', async () => {
    const plain = memoryIo({ env: { NO_COLOR: '1' } });
    Object.assign(plain.io.stdout, { isTTY: true });
    await runCli(['demo'], plain.io);
    expect(plain.stdout()).not.toContain('\u001b[');
    const coloured = memoryIo();
    Object.assign(coloured.io.stdout, { isTTY: true });
    await runCli(['demo'], coloured.io);
    expect(coloured.stdout()).toContain('\u001b[');
  });
});

describe('yjplan check with error findings', () => {
  it('exits 1 when a case has an error finding (the YRO example breaks the law on purpose)', async () => {
    const file = JSON.stringify({ schemaVersion: 1, events: yroExampleEvents() });
    const m = memoryIo({ files: { 'remi.json': file } });
    expect(await runCli(['check', 'remi.json', '--as-of', YRO_EXAMPLE.asOf], m.io)).toBe(1);
    expect(m.stdout()).toMatch(/error +disposal\.requirement-unaddressed/);
  });
});

describe('yjplan simulate', () => {
  it('writes the same caseload for the same seed, one valid case file per line', async () => {
    const a = memoryIo();
    const b = memoryIo();
    expect(await runCli(['simulate', '--cases', '5', '--seed', '42'], a.io)).toBe(0);
    await runCli(['simulate', '--cases', '5', '--seed', '42'], b.io);
    expect(a.stdout()).toBe(b.stdout());
    const lines = a.stdout().trim().split('\n');
    expect(lines).toHaveLength(5);
    const check = memoryIo({ files: { 'load.ndjson': a.stdout() } });
    expect(await runCli(['check', 'load.ndjson', '--as-of', '2027-01-01'], check.io)).not.toBe(2);
  });

  it('writes to --out and draws a progress bar only on a terminal outside CI', async () => {
    const tty = memoryIo();
    Object.assign(tty.io.stderr, { isTTY: true });
    expect(
      await runCli(['simulate', '--cases', '3', '--seed', '1', '--out', 'load.ndjson'], tty.io),
    ).toBe(0);
    expect(tty.written['load.ndjson']?.trim().split('\n')).toHaveLength(3);
    expect(tty.stderr()).toContain('3/3 cases');
    const ci = memoryIo({ env: { CI: 'true' } });
    Object.assign(ci.io.stderr, { isTTY: true });
    await runCli(['simulate', '--cases', '3', '--seed', '1'], ci.io);
    expect(ci.stderr()).toBe('');
  });

  it('exits 2 for a missing or bad --cases', async () => {
    expect(await runCli(['simulate', '--seed', '1'], memoryIo().io)).toBe(2);
    expect(await runCli(['simulate', '--cases', 'many', '--seed', '1'], memoryIo().io)).toBe(2);
  });
});
