/**
 * `checkCase` over generated caseloads of 1,000 and 10,000 cases, built by cloning the two
 * worked examples (Kai mid-delivery and closed; Remi's YRO in delivery) with fresh ids. The cost
 * per case should stay flat as the caseload grows (PERFORMANCE.md: 10x the cases costs <= 11x
 * the time). Per case = 1 / (hz x cases); compare the two rows of each group.
 * Run: `npx vitest bench --run test/checks.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { checkCase } from '../src/checks/checkCase.js';
import { planRules } from '../src/checks/rules/planRules.js';
import { replay } from '../src/lifecycle/replay.js';
import type { CaseState } from '../src/lifecycle/state.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../src/testing/examples/referralOrderCase.js';
import { YRO_EXAMPLE, yroExampleEvents } from '../src/testing/examples/yroCase.js';

const kaiEvents = workedExampleEvents();
const midDelivery = kaiEvents.findIndex((e) => e.at >= '2025-12-01');

const templates: { state: CaseState; asOf: string }[] = [
  { state: replay(kaiEvents.slice(0, midDelivery)), asOf: '2025-12-01' },
  { state: replay(kaiEvents), asOf: WORKED_EXAMPLE.asOfClosed },
  { state: replay(yroExampleEvents()), asOf: YRO_EXAMPLE.asOf },
];

/** A deep copy of a template case under fresh case and child ids. */
function cloneCase(template: CaseState, n: number): CaseState {
  const copy = structuredClone(template);
  const caseId = `case-${n}`;
  return {
    ...copy,
    caseId,
    record: { ...copy.record, caseId, child: { ...copy.record.child, id: `child-${n}` } },
  };
}

function caseload(size: number): { state: CaseState; asOf: string }[] {
  return Array.from({ length: size }, (_, n) => {
    const t = templates[n % templates.length] as (typeof templates)[number];
    return { state: cloneCase(t.state, n), asOf: t.asOf };
  });
}

const small = caseload(1_000);
const large = caseload(10_000);
const planRuleIds = planRules.map((r) => r.id);

const checkAll = (cases: typeof small, rules?: string[]) => {
  let findings = 0;
  for (const { state, asOf } of cases) {
    findings += checkCase(state, rules ? { asOf, rules } : { asOf }).length;
  }
  if (findings === 0) throw new Error('the examples should raise findings');
};

describe('checkCase, every rule', () => {
  bench('1,000 cases', () => checkAll(small), { time: 2000 });
  bench('10,000 cases', () => checkAll(large), { time: 5000 });
});

describe('checkCase, plan rules only', () => {
  bench('1,000 cases', () => checkAll(small, planRuleIds), { time: 2000 });
  bench('10,000 cases', () => checkAll(large, planRuleIds), { time: 5000 });
});
