import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { ratingsInForce } from '../../src/lifecycle/ratingsInForce.js';
import type { Ratings } from '../../src/model/assessment.js';
import type { Owner } from '../../src/model/owner.js';
import { aCase, anAction } from '../../src/testing/index.js';
import { withPlan, withReview } from './plan/_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every rule. */
const base = aCase().referralOrder().active().state();

const four = fc.constantFrom('low', 'medium', 'high', 'very-high') as fc.Arbitrary<
  Ratings['riskOfSeriousHarm']
>;
const ratings: fc.Arbitrary<Ratings> = fc.record({
  likelihoodOfReoffending: fc.constantFrom('low', 'medium', 'high'),
  safetyAndWellbeing: four,
  riskOfSeriousHarm: four,
});
/** Review days in October, after the built case's assessment and plan. */
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-10-${String(d).padStart(2, '0')}`);

describe('the ratings in force', () => {
  it('are the newest re-rating completed by the date judged at, else the assessment’s', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, ratings), { maxLength: 5 }), day, (reviews, asOf) => {
        let state = base;
        reviews.forEach(([completedOn, r], i) => {
          state = withReview(state, { id: `rv-${i}`, completedOn, ratings: r });
        });
        const held = reviews
          .map(([on, r], i) => ({ on, r, i }))
          .filter((x) => x.on <= asOf)
          .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.i - b.i));
        const expected = held.at(-1)?.r ?? base.record.assessments[0]?.assessment?.ratings;
        expect(ratingsInForce(state.record, asOf)?.ratings).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the child’s load', () => {
  const owners: fc.Arbitrary<Owner> = fc.constantFrom<Owner>(
    { kind: 'parent-carer', personId: 'pc-mum' },
    { kind: 'partner-agency', agency: 'education', name: 'School' },
    { kind: 'partner-agency', agency: 'social-care', name: 'Early help' },
    { kind: 'yos', role: 'case-manager' },
  );

  it('never grows with tasks that are not the child’s to do or attend', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(owners, fc.integer({ min: 0, max: 27 })), { maxLength: 12 }),
        (extra) => {
          const state = withPlan(base, (p) => ({
            ...p,
            actions: [
              ...p.actions,
              ...extra.map(([owner, offset], i) =>
                anAction({
                  id: `act-x-${i}`,
                  objectiveId: 'o-ete',
                  description: 'Someone else’s task',
                  owner,
                  dueDate: `2025-10-${String(1 + (offset % 21)).padStart(2, '0')}`,
                }),
              ),
            ],
          }));
          const rules = ['plan.front-loaded', 'plan.exceeds-proportionate-load'];
          expect(checkCase(state, { asOf: '2025-10-01', rules })).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
