import { describe, expect, it } from 'vitest';
import { ChildSchema } from '../../src/model/child.js';
import { DisposalSchema } from '../../src/model/disposal/schema.js';
import { InterventionPlanSchema } from '../../src/model/plan.js';
import { safeParseChild, safeParseDisposal, safeParseInterventionPlan } from '../../src/schemas.js';
import { breaksOf } from '../../src/testing/arbitraries/breaks.js';
import { aChild, aDisposal, aPlan } from '../../src/testing/index.js';

const key = (path: readonly (string | number)[]) => path.join('.');

describe('breaking a valid value one field at a time, from its schema', () => {
  const cases = [
    ['a child', ChildSchema, aChild(), safeParseChild],
    ['a referral order', DisposalSchema, aDisposal.referralOrder(), safeParseDisposal],
    ['a plan', InterventionPlanSchema, aPlan(), safeParseInterventionPlan],
  ] as const;

  it.each(cases)(
    '%s: every break is refused, with an issue at the broken field',
    (_, schema, value, parse) => {
      const breaks = breaksOf(schema, value);
      expect(breaks.length).toBeGreaterThan(5);
      for (const b of breaks) {
        const r = parse(b.value);
        expect(r.ok, key(b.path)).toBe(false);
        if (!r.ok) expect(r.error.issues.map((i) => key(i.path))).toContain(key(b.path));
      }
    },
  );

  it('leaves out a required field, breaks a date, and adds a key the schema does not know', () => {
    const child = aChild();
    const breaks = breaksOf(ChildSchema, child);
    const at = (path: string) => breaks.filter((b) => key(b.path) === path).map((b) => b.value);
    expect(at('dateOfBirth')).toContainEqual(
      Object.fromEntries(Object.entries(child).filter(([k]) => k !== 'dateOfBirth')),
    );
    expect(at('dateOfBirth')).toContainEqual({ ...child, dateOfBirth: '2025-13-01' });
    expect(at('unexpected')).toContainEqual({ ...child, unexpected: true });
  });

  it('crosses the bounds the schema sets: a referral order of 13 months', () => {
    const order = aDisposal.referralOrder();
    const lengths = breaksOf(DisposalSchema, order)
      .filter((b) => key(b.path) === 'lengthMonths')
      .map((b) => (b.value as { lengthMonths: unknown }).lengthMonths);
    expect(lengths).toEqual(expect.arrayContaining([2, 13]));
  });

  it('breaks nothing a caller keeps out', () => {
    const breaks = breaksOf(ChildSchema, aChild(), (path) => path[0] !== 'dateOfBirth');
    expect(breaks.some((b) => b.path[0] === 'dateOfBirth')).toBe(false);
    expect(breaks.length).toBeGreaterThan(0);
  });

  it('leaves the valid value as it was', () => {
    const plan = aPlan();
    const copy = structuredClone(plan);
    breaksOf(InterventionPlanSchema, plan);
    expect(plan).toEqual(copy);
  });
});
