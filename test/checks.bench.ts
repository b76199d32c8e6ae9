/**
 * `checkCase` over a generated caseload: 10,000 distinct cases from the simulator
 * (`simulateCaseload`, every disposal of the usual mix, open and closed), and its first 1,000.
 * Each check gets a fresh copy of the case record (a shallow copy: nothing is cloned deeply), so
 * the answers the rules share per record are computed in every run, as for a caseload checked
 * once, and never served warm from an earlier iteration. The cost per case should stay flat as
 * the caseload grows (PERFORMANCE.md: 10x the cases costs <= 11x the time); the run prints the
 * median time per case of each size and the 10k-vs-1k ratio.
 * Run: `npx vitest bench --run test/checks.bench.ts`.
 */
import { afterAll, bench, describe } from 'vitest';
import { checkCase } from '../src/checks/checkCase.js';
import { planRules } from '../src/checks/rules/planRules.js';
import { replay } from '../src/lifecycle/replay.js';
import type { CaseState } from '../src/lifecycle/state.js';
import { simulateCaseload } from '../src/testing/simulator/index.js';

interface Subject {
  readonly state: CaseState;
  readonly asOf: string;
}

const large: Subject[] = [];
for (const file of simulateCaseload({ seed: 2026, cases: 10_000 })) {
  const last = file.events[file.events.length - 1];
  large.push({ state: replay(file.events), asOf: last ? last.at.slice(0, 10) : '2026-01-01' });
}
const small = large.slice(0, 1_000);
const planRuleIds = planRules.map((r) => r.id);

/** The time of each iteration, per group and caseload size. */
const spent = new Map<string, number[]>();

function checkAll(group: string, cases: readonly Subject[], rules?: string[]): void {
  const started = performance.now();
  let findings = 0;
  for (const { state, asOf } of cases) {
    const fresh: CaseState = { ...state, record: { ...state.record } };
    findings += checkCase(fresh, rules ? { asOf, rules } : { asOf }).length;
  }
  const key = `${group}/${cases.length}`;
  spent.set(key, [...(spent.get(key) ?? []), performance.now() - started]);
  if (findings === 0) throw new Error('a simulated caseload should raise findings');
}

const options = (time: number) => ({ time, warmupIterations: 1, warmupTime: 0 });

describe('checkCase, every rule', () => {
  bench('1,000 cases', () => checkAll('every rule', small), options(3000));
  bench('10,000 cases', () => checkAll('every rule', large), options(8000));
});

describe('checkCase, plan rules only', () => {
  bench('1,000 cases', () => checkAll('plan rules', small, planRuleIds), options(3000));
  bench('10,000 cases', () => checkAll('plan rules', large, planRuleIds), options(8000));
});

afterAll(() => {
  const lines = ['', 'checkCase median cost per case (simulated caseload, fresh records):'];
  for (const group of ['every rule', 'plan rules']) {
    // The median iteration: the machine may be shared, and one slow iteration is noise.
    const perCase = (size: number) => {
      const times = [...(spent.get(`${group}/${size}`) ?? [])].sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
      return (median * 1000) / size;
    };
    const [one, ten] = [perCase(1_000), perCase(10_000)];
    lines.push(
      `  ${group}: 1k ${one.toFixed(1)} µs/case, 10k ${ten.toFixed(1)} µs/case, ratio 10k/1k per case ${(ten / one).toFixed(2)}`,
    );
  }
  console.log(lines.join('\n'));
});
