/**
 * The review schedule, the delivery rules and the working-day arithmetic, on Kai's case in
 * delivery and on the ~500-event long case (PERFORMANCE.md workload), against all rules in the
 * same run. Run: `npx vitest bench --run test/schedule/schedule.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { deliveryRules } from '../../src/checks/rules/deliveryRules.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/schedule/workingDays.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { longCaseEvents } from '../fixtures/longCase.js';

const kai = workedExampleEvents();
const kaiMid = replay(
  kai.slice(
    0,
    kai.findIndex((e) => e.at >= '2026-02-01'),
  ),
);
const long = replay(longCaseEvents(500));
const ids = deliveryRules.map((r) => r.id);
const asOf = '2026-02-01';

describe('checks on the long case (500 events, ~330 contacts)', () => {
  bench('checkCase: all rules', () => {
    checkCase(long, { asOf });
  });
  bench('checkCase: the 8 delivery, compliance and review rules', () => {
    checkCase(long, { asOf, rules: ids });
  });
  bench('reviewSchedule', () => {
    reviewSchedule(long, { asOf });
  });
});

describe('checks on Kai mid-delivery', () => {
  bench('checkCase: all rules', () => {
    checkCase(kaiMid, { asOf });
  });
  bench('checkCase: the 8 delivery, compliance and review rules', () => {
    checkCase(kaiMid, { asOf, rules: ids });
  });
  bench('reviewSchedule', () => {
    reviewSchedule(kaiMid, { asOf });
  });
});

describe('working days', () => {
  bench('isWorkingDay', () => {
    isWorkingDay('2025-12-26');
  });
  bench('addWorkingDays(+10) across Christmas', () => {
    addWorkingDays('2025-12-19', 10);
  });
  bench('workingDaysBetween over 10 years', () => {
    workingDaysBetween('2020-01-01', '2030-12-31');
  });
});
