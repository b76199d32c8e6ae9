import { describe, expect, it } from 'vitest';
import { checkCase, replay } from '../../src/index.js';
import { caseloadReport } from '../../src/report/index.js';
import { INSPECTION_REFERENCE } from '../../src/report/reference.js';
import { CASELOAD_PERIOD, simulateCaseload } from '../../src/testing/index.js';

/** The questions the default caseload is calibrated to, and how close it must land (points). */
const CALIBRATED = [
  'planning.desistance',
  'planning.safety-of-others',
  'planning.involvement',
  'delivery.desistance',
  'delivery.involvement',
] as const;
const TOLERANCE = 8;

describe('the default simulated caseload, checked and reported', () => {
  const asOf = CASELOAD_PERIOD.to;
  const states = [...simulateCaseload({ seed: 1, cases: 1000 })].map((f) => replay(f.events));

  it('lands near the inspection figures on planning and delivery', () => {
    const report = caseloadReport(states, { asOf });
    for (const id of CALIBRATED) {
      const q = report.figures.questions.find((x) => x.id === id);
      const reference = INSPECTION_REFERENCE.figures[id] ?? 0;
      expect(Math.abs((q?.rate ?? 0) * 100 - reference), id).toBeLessThanOrEqual(TOLERANCE);
    }
  }, 300_000);

  it('finds no focus on other people’s safety in far more cases than without the shortfall', () => {
    const share = (list: typeof states) =>
      list.filter((s) =>
        checkCase(s, { asOf, rules: ['plan.no-others-safety-focus'] }).some((f) => !f.overridden),
      ).length / list.length;
    const without = [
      ...simulateCaseload({ seed: 1, cases: 300, shortfalls: { othersSafety: 0 } }),
    ].map((f) => replay(f.events));
    expect(share(states.slice(0, 300))).toBeGreaterThan(share(without) + 0.15);
  }, 300_000);

  it('has no case with an error finding: the simulator never writes an unlawful order', () => {
    const errors = states.filter((s) =>
      checkCase(s, { asOf }).some((f) => f.severity === 'error' && !f.overridden),
    );
    expect(errors.map((s) => s.caseId)).toEqual([]);
  }, 300_000);
});
