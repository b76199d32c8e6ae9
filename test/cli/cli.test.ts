import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_SIMULATED_CASES } from '../../src/cli/commands/simulate.js';
import { runCli } from '../../src/cli/program.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import type { InvolvementSummary } from '../../src/involvement/types.js';
import { currentPlan } from '../../src/lifecycle/derive.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import type { ReviewSchedule } from '../../src/schedule/types.js';
import {
  WORKED_EXAMPLE,
  workedExampleEvents,
  YRO_EXAMPLE,
  yroExampleEvents,
} from '../../src/testing/index.js';
import { SimulateCaseloadOptionsSchema } from '../../src/testing/simulator/options.js';
import { remiInACircle } from '../fixtures/exampleVariants.js';
import { memoryIo } from './io.js';

const caseFile = (events = workedExampleEvents()) => JSON.stringify({ schemaVersion: 1, events });

interface DemoMoment {
  readonly title: string;
  readonly asOf: string;
  readonly stage: string;
  readonly involvement: InvolvementSummary;
  readonly reviewSchedule: ReviewSchedule;
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const literal = (s: string) => s.replace(/[()]/g, '\\$&');

/** The demo as text, and its two moments as JSON (what the text must show). */
async function demo() {
  const text = memoryIo();
  await runCli(['demo'], text.io);
  const data = memoryIo();
  await runCli(['demo', '--format', 'json'], data.io);
  const [during, closure] = JSON.parse(data.stdout()) as [DemoMoment, DemoMoment];
  return { text: text.stdout(), during, closure };
}

describe('yjplan demo', () => {
  it('runs the worked example to closure and shows stage, plan and findings', async () => {
    const m = memoryIo();
    expect(await runCli(['demo'], m.io)).toBe(0);
    const out = m.stdout();
    expect(out).toContain('Stage:    Closed');
    expect(out).toContain('Plan:     version 2');
    expect(out).toContain('Findings:');
    expect(out).toContain('Review completed: revise plan');
  });

  it('shows each parent/carer per plan version, and never a restricted one as given a copy', async () => {
    const { text, closure } = await demo();
    const lines = text.split('\n');
    const header = lines.find((l) => /^ +plan +invited +attended +views +agreement +copy$/.test(l));
    expect(header).toBeDefined();
    // At closure: a row per plan version for each parent, lined up under the header.
    const after = lines.slice(lines.findIndex((l) => l.startsWith('At closure')));
    const at = (name: string) => after.findIndex((l) => l.trimStart().startsWith(name));
    const mum = after.slice(at('Dee (mother)'), at('Dee (mother)') + 2);
    expect(mum[0]).toMatch(/^ {4}Dee \(mother\) +v1 +yes +yes +yes +agreed +given$/);
    expect(mum[1]).toMatch(/^ +v2 +(yes|no) +(yes|no) +(yes|no|yes \(at \w+\)) +agreed +given$/);
    expect(mum[1]?.indexOf('v2')).toBe(header?.indexOf('plan'));
    const dad = after.slice(at('Rob (father)'), at('Rob (father)') + 2);
    expect(dad[0]).toMatch(/^ {4}Rob \(father\) +v1 +no +no +no +- +withheld \(restricted\)$/);
    expect(dad[1]).toMatch(/^ +v2 .*withheld \(restricted\)$/);
    expect(text).toContain('Rob (father): not expected to take part (no-contact restriction)');
    expect(lines.filter((l) => l.includes('Rob (father)') && /given|shared/.test(l))).toEqual([]);
    // Whether a parent/carer took part in the assessment, each plan version and each review.
    const names: Record<string, string> = { 'pc-mum': 'Dee (mother)', 'pc-dad': 'Rob (father)' };
    const who = (p: { tookPart: boolean; personIds: readonly string[] }) =>
      p.tookPart ? `yes (${p.personIds.map((id) => names[id]).join(', ')})` : 'no';
    const inv = closure.involvement;
    expect(inv.reviews.length).toBeGreaterThanOrEqual(3);
    expect(inv.reviews.some((r) => !r.tookPart)).toBe(true);
    const tookPart = [
      `assessment +${literal(who(inv.assessment))}`,
      ...inv.planning.map((p) => `planning v${p.planVersion} +${literal(who(p))}`),
      ...inv.reviews.map((r) => `review of ${r.triggeredOn} +${literal(who(r))}`),
    ];
    for (const row of tookPart) expect(after.join('\n')).toMatch(new RegExp(`^ {4}${row}$`, 'm'));
  });

  it('shows the review schedule: next due, triggered reviews and the end of the order', async () => {
    const { text, during, closure } = await demo();
    const [before, after] = text.split('At closure') as [string, string];
    const next = during.reviewSchedule.nextDue;
    expect(next?.reason).toBe('plan-review-date');
    expect(before).toContain(`next due    ${next?.date}  date set in the plan`);
    expect(before).toMatch(/then +\d{4}-\d\d-\d\d +youth offender panel/);
    expect(before).toContain(
      `order ends  2026-03-22  end-of-order review by ${during.reviewSchedule.endOfOrderReviewBy}`,
    );
    expect(before).toMatch(/Triggered reviews:\n {4}none\n/);
    const last = closure.reviewSchedule.lastReview;
    expect(after).toMatch(/next due +none/);
    expect(after).toMatch(new RegExp(`last review +${last?.completedOn}\n`));
    expect(closure.reviewSchedule.triggered.length).toBeGreaterThan(0);
    for (const t of closure.reviewSchedule.triggered) {
      expect(after).toMatch(
        new RegExp(
          `${t.trigger.replaceAll('-', ' ')} +${t.triggeredOn}, due by ${t.dueBy} +completed ${t.completedOn}`,
        ),
      );
    }
  });

  it('numbers objectives by position, once each, even where two share a priority', async () => {
    const { text } = await demo();
    const after = text.split('At closure')[1] ?? '';
    const numbers = [...after.matchAll(/^ {2}(\d+)\. /gm)].map((x) => Number(x[1]));
    const version = currentPlan(replay(workedExampleEvents()).record);
    expect(new Set(version?.plan.objectives.map((o) => o.priority)).size).toBeLessThan(
      numbers.length,
    );
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('prints JSON with --format json, with the involvement summary and review schedule', async () => {
    const m = memoryIo();
    expect(await runCli(['demo', '--format', 'json'], m.io)).toBe(0);
    const [during, closed] = JSON.parse(m.stdout()) as [DemoMoment, DemoMoment];
    expect([during.stage, closed.stage]).toEqual(['delivery', 'closed']);
    const state = replay(workedExampleEvents());
    const asOf = WORKED_EXAMPLE.asOfClosed;
    expect(closed.asOf).toBe(asOf);
    expect(closed.involvement).toEqual(json(involvementSummary(state, { asOf })));
    expect(closed.reviewSchedule).toEqual(json(reviewSchedule(state, { asOf })));
    expect(during.involvement.asOf).toBe(during.asOf);
    expect(during.reviewSchedule.asOf).toBe(during.asOf);
    expect(during.reviewSchedule.nextDue?.date).toBeDefined();
    const dad = closed.involvement.people.find((p) => p.personId === 'pc-dad');
    expect(dad?.planSharingRestricted).toBe(true);
    expect(dad?.byPlanVersion.map((v) => v.copyGiven)).toEqual([false, false]);
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
    const records = m
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.kind, r.line, r.index])).toEqual([
      ['case', 1, 0],
      ['case', 2, 1],
      ['invalid', 3, 2],
      ['case', 4, 3],
      ['summary', undefined, undefined],
    ]);
  });

  it('keeps checking a caseload whose first line is broken, naming that line', async () => {
    const good = caseFile();
    const m = memoryIo({
      files: { 'load.ndjson': `{"schemaVersion":1,\n${good}\n\n${good}\nnot json\n${good}\n` },
    });
    expect(
      await runCli(['check', 'load.ndjson', '--as-of', '2026-03-31', '--format', 'json'], m.io),
    ).toBe(2);
    expect(m.stderr()).toBe('load.ndjson:1: not valid JSON\nload.ndjson:5: not valid JSON\n');
    const records = m
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.kind, r.line])).toEqual([
      ['invalid', 1],
      ['case', 2],
      ['case', 4],
      ['invalid', 5],
      ['case', 6],
      ['summary', undefined],
    ]);
  });

  it('reads a valid document formatted with small objects on lines of their own', async () => {
    // As formatters write it: an array's last `{ "kind": "child" }` parses as JSON by itself.
    const doc = readFileSync(new URL('../fixtures/full-case-v1.json', import.meta.url), 'utf8');
    expect(doc.split('\n').some((l) => /^\s*\{.*\}$/.test(l) && !l.includes('events'))).toBe(true);
    const m = memoryIo({ files: { 'full.json': doc } });
    expect(await runCli(['check', 'full.json', '--as-of', '2026-03-31'], m.io)).not.toBe(2);
    expect(m.stderr()).toBe('');
  });

  it('reads a broken pretty-printed document as one, naming the line where it breaks, though lines like `{}` or `1` parse', async () => {
    const doc = JSON.stringify(JSON.parse(caseFile()), null, 2).slice(0, -2);
    const m = memoryIo({ files: { 'bad.json': `${doc}\n{}\n1\n` } });
    expect(await runCli(['check', 'bad.json', '--as-of', '2026-03-31'], m.io)).toBe(2);
    expect(m.stderr()).toBe(`bad.json:${doc.split('\n').length + 1}: not valid JSON\n`);
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

  it.each(['nope', 'toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'exits 2 for the unknown schema name %s, listing the known ones',
    async (name) => {
      const m = memoryIo();
      expect(await runCli(['schema', name], m.io)).toBe(2);
      expect(m.stdout()).toBe('');
      expect(m.stderr()).toContain('Known: case-file, case-event,');
    },
  );

  it('prints the Mermaid state diagram', async () => {
    const m = memoryIo();
    expect(await runCli(['diagram'], m.io)).toBe(0);
    expect(m.stdout().startsWith('stateDiagram-v2')).toBe(true);
  });
});

describe('the command line', () => {
  it.each([
    [['--help'], 'Usage: yjplan [options] [command]'],
    [['help'], 'Usage: yjplan [options] [command]'],
    [['demo', '--help'], 'Usage: yjplan demo [options]'],
    [['check', '--help'], 'Usage: yjplan check [options] <file>'],
    [['simulate', '--help'], 'Usage: yjplan simulate [options]'],
    [['schema', '--help'], 'Usage: yjplan schema [options] [name]'],
    [['diagram', '--help'], 'Usage: yjplan diagram [options]'],
  ])('answers %j with its usage and exit 0', async (argv, usage) => {
    const m = memoryIo();
    expect(await runCli(argv, m.io)).toBe(0);
    expect(m.stdout()).toContain(usage);
  });

  it('lists every command in the top-level help', async () => {
    const m = memoryIo();
    await runCli(['--help'], m.io);
    for (const command of ['demo', 'check', 'simulate', 'schema', 'diagram']) {
      expect(m.stdout()).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it('documents the options of simulate, with the library’s own case limit', async () => {
    const m = memoryIo();
    await runCli(['simulate', '--help'], m.io);
    for (const option of [
      '--cases <n>',
      '--seed <s>',
      '--out <file>',
      '--from <date>',
      '--to <date>',
    ]) {
      expect(m.stdout()).toContain(option);
    }
    expect(m.stdout()).toContain('how many cases (1 to 1,000,000)');
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
  it('exits 1 when a case has an error finding (a plan whose objectives wait on each other)', async () => {
    // The YRO example with accommodation made to wait on the college course that waits on it.
    const events = remiInACircle();
    const file = JSON.stringify({ schemaVersion: 1, events });
    const m = memoryIo({ files: { 'remi.json': file } });
    expect(await runCli(['check', 'remi.json', '--as-of', YRO_EXAMPLE.asOf], m.io)).toBe(1);
    expect(m.stdout()).toMatch(/error +plan\.sequence-cycle/);
  });

  it('exits 0 for the YRO example, whose findings are all practice warnings', async () => {
    const file = JSON.stringify({ schemaVersion: 1, events: yroExampleEvents() });
    const m = memoryIo({ files: { 'remi.json': file } });
    expect(await runCli(['check', 'remi.json', '--as-of', YRO_EXAMPLE.asOf], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/warning +disposal\.requirement-unaddressed/);
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

  it('takes its case limit from the simulator, refusing one case more', async () => {
    expect(MAX_SIMULATED_CASES).toBe(SimulateCaseloadOptionsSchema.shape.cases.maxValue);
    expect(
      SimulateCaseloadOptionsSchema.safeParse({ seed: 1, cases: MAX_SIMULATED_CASES + 1 }).success,
    ).toBe(false);
    const m = memoryIo();
    const over = String(MAX_SIMULATED_CASES + 1);
    expect(await runCli(['simulate', '--cases', over, '--seed', '1'], m.io)).toBe(2);
    expect(m.stderr()).toContain(`Expected a whole number from 1 to ${MAX_SIMULATED_CASES}.`);
  });

  it('exits 2 naming the path when --out cannot be created', async () => {
    const m = memoryIo();
    const path = '/no/such/dir/x.ndjson';
    expect(await runCli(['simulate', '--cases', '2', '--seed', '1', '--out', path], m.io)).toBe(2);
    expect(m.stderr()).toBe(`yjplan simulate: cannot write ${path} (ENOENT)\n`);
  });

  it('waits for a slow reader: the output buffer never holds more than it asks for', async () => {
    const highWaterMark = 16 * 1024;
    let received = 0;
    let mostBuffered = 0;
    const slow = new Writable({
      highWaterMark,
      write(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        setTimeout(done, 1);
      },
    });
    const write = slow.write.bind(slow);
    let longestLine = 0;
    const stdout = Object.assign(slow, {
      write: (text: string) => {
        longestLine = Math.max(longestLine, text.length);
        const more = write(text);
        mostBuffered = Math.max(mostBuffered, slow.writableLength);
        return more;
      },
    });
    const m = memoryIo({ stdout });
    expect(await runCli(['simulate', '--cases', '60', '--seed', '3'], m.io)).toBe(0);
    await new Promise<void>((resolve) => slow.end(resolve));
    // Without waiting for 'drain', every line would sit in the buffer at once.
    expect(received).toBeGreaterThan(20 * highWaterMark);
    expect(mostBuffered).toBeLessThanOrEqual(highWaterMark + longestLine);
  });

  const failingOutput = (code: string) => {
    const failing = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, done) {
        setTimeout(() => done(Object.assign(new Error(code), { code })), 1);
      },
    });
    failing.on('error', () => {});
    return failing;
  };

  it('exits 2 when the output fails part-way, instead of waiting for ever', async () => {
    const m = memoryIo({ stdout: failingOutput('ENOSPC') });
    expect(await runCli(['simulate', '--cases', '20', '--seed', '3'], m.io)).toBe(2);
    expect(m.stderr()).toBe('yjplan simulate: cannot write standard output (ENOSPC)\n');
  });

  it('stops quietly when the reader goes away (`yjplan simulate | head`)', async () => {
    const m = memoryIo({ stdout: failingOutput('EPIPE') });
    expect(await runCli(['simulate', '--cases', '20', '--seed', '3'], m.io)).toBe(0);
    expect(m.stderr()).toBe('');
  });
});
