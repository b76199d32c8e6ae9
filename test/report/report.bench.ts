/**
 * The caseload report over 10,000 simulated cases (`simulateCaseload`, the usual mix of
 * disposals, open and closed) and its first 1,000: the figures alone, and the figures with the
 * HTML (SVG charts drawn by Observable Plot). The reference, in the same run, is `checkCase` over
 * the same cases: the report must check every case, so its cost over that is what the report
 * itself adds. Each case gets a fresh record so nothing is served warm from an earlier iteration.
 * Run: `npx vitest bench --run test/report/report.bench.ts`.
 */
import { afterAll, bench, describe } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { caseloadReportBuilder } from '../../src/report/index.js';
import { simulateCaseload } from '../../src/testing/simulator/index.js';

const asOf = '2026-06-30';
const large: CaseState[] = [];
for (const file of simulateCaseload({ seed: 2026, cases: 10_000 })) large.push(replay(file.events));
const small = large.slice(0, 1_000);

const fresh = (s: CaseState): CaseState => ({ ...s, record: { ...s.record } });
const spent = new Map<string, number[]>();
let htmlBytes = 0;

function timed(key: string, work: () => void): void {
  const started = performance.now();
  work();
  spent.set(key, [...(spent.get(key) ?? []), performance.now() - started]);
}

function checkAll(cases: readonly CaseState[]): void {
  timed(`check/${cases.length}`, () => {
    for (const s of cases) checkCase(fresh(s), { asOf });
  });
}

function report(cases: readonly CaseState[], html: boolean): void {
  timed(`${html ? 'html' : 'figures'}/${cases.length}`, () => {
    const builder = caseloadReportBuilder({ asOf });
    for (const s of cases) builder.add(fresh(s));
    const done = builder.finish();
    if (html) htmlBytes = done.html.length;
  });
}

const options = (time: number) => ({ time, iterations: 2, warmupIterations: 1, warmupTime: 0 });

describe('caseload report, 1,000 cases', () => {
  bench('checkCase alone (reference)', () => checkAll(small), options(2000));
  bench('report figures', () => report(small, false), options(2000));
  bench('report figures + HTML', () => report(small, true), options(2000));
});

describe('caseload report, 10,000 cases', () => {
  bench('checkCase alone (reference)', () => checkAll(large), options(5000));
  bench('report figures', () => report(large, false), options(5000));
  bench('report figures + HTML', () => report(large, true), options(5000));
});

afterAll(() => {
  const median = (key: string) => {
    const t = [...(spent.get(key) ?? [])].sort((a, b) => a - b);
    return t[Math.floor(t.length / 2)] ?? Number.NaN;
  };
  const lines = ['', 'caseload report, median per run (simulated caseload, fresh records):'];
  for (const n of [1_000, 10_000]) {
    const check = median(`check/${n}`);
    const figures = median(`figures/${n}`);
    const html = median(`html/${n}`);
    lines.push(
      `  ${n} cases: checkCase ${(check / 1000).toFixed(2)} s; figures ${(figures / 1000).toFixed(2)} s (${(figures / check).toFixed(2)}x checkCase); figures + HTML ${(html / 1000).toFixed(2)} s (${((html * 1000) / n).toFixed(0)} µs/case)`,
    );
  }
  const per = (n: number) => median(`html/${n}`) / n;
  lines.push(
    `  10k vs 1k, per case: ${(per(10_000) / per(1_000)).toFixed(2)}; HTML ${(htmlBytes / 1024).toFixed(0)} KiB`,
  );
  console.log(lines.join('\n'));
});
