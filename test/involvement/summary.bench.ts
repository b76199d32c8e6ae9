import { bench, describe } from 'vitest';
import { addDays } from '../../src/_lib/calendar.js';
import { checkCase } from '../../src/checks/checkCase.js';
import { involvementRules } from '../../src/checks/rules/involvementRules.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import { aCase } from '../../src/testing/index.js';
import { ACTIVE, DATES, MUM } from './records.js';

const RULES = involvementRules.map((r) => r.id);

/** A small case with `n` involvement records for two parents. */
function withRecords(n: number): CaseEventInput[] {
  const dad = {
    id: 'pc-dad',
    role: 'parent',
    relationship: 'father',
    parentalResponsibility: true,
  } as const;
  const events = ACTIVE.parentCarers([MUM, dad]).events();
  for (let i = 0; i < n; i++) {
    const on = addDays(DATES.activated, i % 200);
    const record = {
      kind: i % 3 === 0 ? 'attended' : 'invited',
      id: `r-${i}`,
      personId: i % 2 ? 'pc-mum' : 'pc-dad',
      on,
      meeting: 'review',
    };
    events.push({
      id: `x-${i}`,
      type: 'involvement.recorded',
      at: `${on}T10:00:00Z`,
      by: 'pr-t',
      payload: { record },
    } as CaseEventInput);
  }
  return events;
}

const closed = aCase().withContacts(12).reviewed().reviewed().closed().state();
describe('a referral order to closure', () => {
  bench('involvementSummary', () => {
    involvementSummary(closed, { asOf: '2026-03-31' });
  });
  bench('involvement checks (fresh record each time)', () => {
    checkCase({ ...closed, record: { ...closed.record } }, { asOf: '2026-03-31', rules: RULES });
  });
});

for (const n of [30, 300, 1000]) {
  const state = replay(withRecords(n));
  describe(`${n} involvement records`, () => {
    bench('involvementSummary', () => {
      involvementSummary(state, { asOf: '2026-12-31' });
    });
  });
}
