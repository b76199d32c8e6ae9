/**
 * `yjplan check` for a real caseload: records for invalid cases, a summary, progress on a
 * terminal, a policy from a file, a byte-order mark, and input built to exhaust it.
 */
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { runCli } from '../../src/cli/program.js';
import { replay } from '../../src/lifecycle/replay.js';
import { parsePolicy } from '../../src/schemas.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { remiInACircle } from '../fixtures/exampleVariants.js';
import { memoryIo } from './io.js';

const AS_OF = '2026-03-31';

const caseFile = (events: unknown[] = workedExampleEvents()) =>
  JSON.stringify({ schemaVersion: 1, events });
const records = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** A caseload: the worked example, the YRO example (an error finding), broken JSON, an invalid case. */
function caseload() {
  const bad = workedExampleEvents();
  (bad[2] as { payload: { on?: string } }).payload.on = '2025-02-30';
  return [caseFile(), caseFile(remiInACircle()), '{"schemaVersion":1,', caseFile(bad)].join('\n');
}

describe('yjplan check --format json', () => {
  it('gives an invalid case a record with its line, index and issues, as well as a message', async () => {
    const m = memoryIo({ files: { 'load.ndjson': caseload() } });
    expect(await runCli(['check', 'load.ndjson', '--as-of', AS_OF, '--format', 'json'], m.io)).toBe(
      2,
    );
    const [kai, yro, broken, invalid] = records(m.stdout());
    expect([kai?.kind, kai?.line, kai?.index, kai?.caseId]).toEqual(['case', 1, 0, 'case-kai']);
    expect([yro?.kind, yro?.index]).toEqual(['case', 1]);
    expect(broken).toEqual({
      kind: 'invalid',
      line: 3,
      index: 2,
      error: { code: 'invalid_json', message: 'Not valid JSON', issues: [] },
    });
    expect(invalid).toMatchObject({ kind: 'invalid', line: 4, index: 3 });
    expect(invalid?.error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['events', 2, 'payload', 'on'], code: 'invalid_format' }],
    });
    expect(m.stderr()).toContain('load.ndjson:4: event 2: payload.on: ');
  });

  it('gives a case the lifecycle refuses a record with the event index in its issue path', async () => {
    const events = workedExampleEvents();
    const closed = events.pop();
    events.splice(5, 0, { ...(closed as object), id: 'early-close' } as (typeof events)[number]);
    const m = memoryIo({ files: { 'bad.json': caseFile(events) } });
    expect(await runCli(['check', 'bad.json', '--as-of', AS_OF, '--format', 'json'], m.io)).toBe(2);
    const [invalid] = records(m.stdout());
    expect(invalid?.error).toMatchObject({
      code: 'event_not_allowed',
      issues: [{ path: ['events', 5, 'type'] }],
    });
  });

  it('ends with a summary record: cases, checked, invalid, with error findings, findings by rule', async () => {
    const m = memoryIo({ files: { 'load.ndjson': caseload() } });
    await runCli(['check', 'load.ndjson', '--as-of', AS_OF, '--format', 'json'], m.io);
    const all = records(m.stdout());
    const summary = all.at(-1) as Record<string, unknown>;
    const findings = all.flatMap((r) =>
      r.kind === 'case' ? (r.findings as { rule: string; overridden?: unknown }[]) : [],
    );
    const standing = findings.filter((f) => !f.overridden);
    expect(summary).toMatchObject({
      kind: 'summary',
      asOf: AS_OF,
      cases: 4,
      checked: 2,
      invalid: 2,
      withErrorFindings: 1,
    });
    const byRule = summary.findingsByRule as Record<string, { findings: number }>;
    expect(Object.values(byRule).reduce((n, r) => n + r.findings, 0)).toBe(standing.length);
    for (const f of standing) expect(byRule[f.rule]?.findings).toBeGreaterThan(0);
  });
});

describe('yjplan check, text', () => {
  it('ends a caseload with a summary: cases, cases with error findings, findings per rule', async () => {
    const m = memoryIo({ files: { 'load.ndjson': caseload() } });
    await runCli(['check', 'load.ndjson', '--as-of', AS_OF], m.io);
    const summary = m.stdout().slice(m.stdout().indexOf('Summary as of'));
    expect(summary).toMatch(
      /^Summary as of 2026-03-31\n {2}4 cases read: 2 checked, 2 invalid \(not checked\)\n {2}1 case with error findings\n {2}Findings by rule:\n/,
    );
    expect(summary).toMatch(/^ {4}error +\S+ +\d+ findings? in 1 case/m);
  });

  it('prints no summary for a single case file (its findings are the summary)', async () => {
    const m = memoryIo({ files: { 'kai.json': caseFile() } });
    await runCli(['check', 'kai.json', '--as-of', AS_OF], m.io);
    expect(m.stdout()).not.toContain('Summary');
  });

  it('counts cases on a terminal while it reads, never when piped or under CI', async () => {
    // A short case (opened, assessment started), so 200 of them check quickly.
    const many = Array.from({ length: 200 }, () =>
      caseFile(workedExampleEvents().slice(0, 2)),
    ).join('\n');
    const tty = memoryIo({ files: { 'load.ndjson': many } });
    Object.assign(tty.io.stderr, { isTTY: true });
    expect(await runCli(['check', 'load.ndjson', '--as-of', AS_OF], tty.io)).not.toBe(2);
    expect(tty.stderr()).toContain('checking: 100 cases read');
    expect(tty.stderr()).toContain('checking: 200 cases read');
    expect(tty.stderr().endsWith('\r\u001b[K')).toBe(true);
    const piped = memoryIo({ files: { 'load.ndjson': many } });
    await runCli(['check', 'load.ndjson', '--as-of', AS_OF], piped.io);
    expect(piped.stderr()).toBe('');
    const ci = memoryIo({ files: { 'load.ndjson': many }, env: { CI: 'true' } });
    Object.assign(ci.io.stderr, { isTTY: true });
    await runCli(['check', 'load.ndjson', '--as-of', AS_OF], ci.io);
    expect(ci.stderr()).toBe('');
  }, 60_000);
});

describe('yjplan check --policy', () => {
  const policy = { reviews: { intervalMonths: 1 } };
  const state = replay(workedExampleEvents());

  it('checks with the policy in the file', async () => {
    const withPolicy = checkCase(state, { asOf: '2025-12-01', policy: parsePolicy(policy) });
    // The policy matters for this case: its findings differ from the default policy's.
    expect(withPolicy).not.toEqual(checkCase(state, { asOf: '2025-12-01' }));
    const m = memoryIo({
      files: { 'kai.json': caseFile(), 'yos.json': `\ufeff${JSON.stringify(policy)}` },
    });
    await runCli(
      ['check', 'kai.json', '--as-of', '2025-12-01', '--policy', 'yos.json', '--format', 'json'],
      m.io,
    );
    expect(records(m.stdout())[0]?.findings).toEqual(JSON.parse(JSON.stringify(withPolicy)));
  });

  it('exits 2 naming the file and the field of an invalid policy, before reading any case', async () => {
    const m = memoryIo({
      files: { 'kai.json': caseFile(), 'yos.json': '{"reviews":{"intervalMonths":"often"}}' },
    });
    expect(await runCli(['check', 'kai.json', '--policy', 'yos.json'], m.io)).toBe(2);
    expect(m.stderr()).toMatch(
      /^yjplan check: yos\.json: Invalid policy at reviews\.intervalMonths: .+ \[invalid_policy\]\n$/,
    );
    expect(m.stderr()).not.toContain('often');
    expect(m.stdout()).toBe('');
  });

  it('never names an unknown key of the policy (it may be personal data)', async () => {
    const m = memoryIo({
      files: { 'kai.json': caseFile(), 'yos.json': '{"reviews":{"Jane Doe":1}}' },
    });
    expect(await runCli(['check', 'kai.json', '--policy', 'yos.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('Invalid policy at reviews: Unknown key');
    expect(m.stderr()).not.toContain('Jane');
  });

  it('exits 2 for a policy file that is missing or not JSON', async () => {
    const missing = memoryIo({ files: { 'kai.json': caseFile() } });
    expect(await runCli(['check', 'kai.json', '--policy', 'nope.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toBe('yjplan check: cannot read the policy nope.json (ENOENT)\n');
    const broken = memoryIo({ files: { 'kai.json': caseFile(), 'yos.json': '{reviews' } });
    expect(await runCli(['check', 'kai.json', '--policy', 'yos.json'], broken.io)).toBe(2);
    expect(broken.stderr()).toBe('yjplan check: the policy yos.json is not valid JSON\n');
  });
});

describe('yjplan check with a byte-order mark', () => {
  it('reads a case file that starts with one', async () => {
    const m = memoryIo({ files: { 'kai.json': `\ufeff${caseFile()}` } });
    expect(await runCli(['check', 'kai.json', '--as-of', AS_OF], m.io)).toBe(0);
    expect(m.stderr()).toBe('');
  });

  it('reads a pretty-printed case file and a caseload that start with one', async () => {
    const pretty = `\ufeff${JSON.stringify(JSON.parse(caseFile()), null, 2)}`;
    const load = `\ufeff${caseFile()}\n${caseFile()}\n`;
    const m = memoryIo({ files: { 'kai.json': pretty, 'load.ndjson': load } });
    expect(await runCli(['check', 'kai.json', '--as-of', AS_OF], m.io)).toBe(0);
    expect(await runCli(['check', 'load.ndjson', '--as-of', AS_OF], m.io)).toBe(0);
    expect(m.stderr()).toBe('');
  });
});

describe('yjplan explain', () => {
  it('explains a rule: what it checks and its source', async () => {
    const m = memoryIo();
    expect(await runCli(['explain', 'plan.front-loaded'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/^plan\.front-loaded \(warning\)\n.+\n\n.+\n\nSource \(.+\): .+\n$/);
    const json = memoryIo();
    await runCli(['explain', 'plan.front-loaded', '--format', 'json'], json.io);
    expect(JSON.parse(json.stdout())).toMatchObject({
      rule: 'plan.front-loaded',
      severity: 'warning',
    });
  });

  it('lists the rules when given none', async () => {
    const m = memoryIo();
    expect(await runCli(['explain'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/^plan\.front-loaded +warning +\S/m);
  });

  it('exits 2 for an unknown rule, saying how to list the rules', async () => {
    const m = memoryIo();
    expect(await runCli(['explain', 'plan.nope'], m.io)).toBe(2);
    expect(m.stderr()).toBe(
      'yjplan explain: no check rule has this id (run `yjplan explain` with no rule to list them)\n',
    );
  });
});

describe('yjplan check on hostile input', { timeout: 60_000 }, () => {
  it('answers a file of a million empty events with 100 issues and says the rest was not validated', async () => {
    const text = `{"schemaVersion":1,"events":[${Array(1_000_000).fill('{}').join(',')}]}`;
    const m = memoryIo({ files: { 'big.json': text } });
    expect(await runCli(['check', 'big.json', '--format', 'json'], m.io)).toBe(2);
    const [invalid] = records(m.stdout());
    const { issues } = (invalid?.error ?? { issues: [] }) as { issues: { code: string }[] };
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)).toEqual({
      path: ['events'],
      code: 'too_many_issues',
      message: 'Events 100 to 999,999 (999,900) were not validated',
    });
    expect(m.stderr()).toMatch(
      /^big\.json:1: event 0: type: .+ \(and 99 more, and others not listed\)\n$/,
    );
  });

  it('never names an unknown key in its messages; the JSON record’s path locates it', async () => {
    const events = workedExampleEvents() as unknown as Record<string, Record<string, unknown>>[];
    (events[3]?.payload as Record<string, unknown>)['Jane Doe, 12 High Street'] = 'x';
    const file = caseFile(events);
    const text = memoryIo({ files: { 'kai.json': file } });
    expect(await runCli(['check', 'kai.json', '--as-of', AS_OF], text.io)).toBe(2);
    expect(text.stderr()).toMatch(/^kai\.json:1: event 3: payload: Unknown key/);
    expect(text.stderr()).not.toContain('Jane');
    const json = memoryIo({ files: { 'kai.json': file } });
    await runCli(['check', 'kai.json', '--as-of', AS_OF, '--format', 'json'], json.io);
    const [invalid] = records(json.stdout());
    const error = invalid?.error as {
      message: string;
      issues: { path: unknown[]; message: string }[];
    };
    expect(error.message).not.toContain('Jane');
    expect(error.issues.map((i) => i.message).join(' ')).not.toContain('Jane');
    expect(error.issues[0]?.path).toEqual(['events', 3, 'payload', 'Jane Doe, 12 High Street']);
  });
});
