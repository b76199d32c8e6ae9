import { describe, expect, it } from 'vitest';
import type { Ratings } from '../../../src/model/assessment.js';
import type { ObjectiveFocus } from '../../../src/model/plan.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withPlan, withRecord, withReview } from './_fixtures.js';

/** What distinguishes one of the three focus rules from the others. */
export interface FocusRule {
  readonly rule: string;
  readonly focus: ObjectiveFocus;
  /** The rating that calls for the focus. */
  readonly rating: keyof Ratings;
  /** The policy key of its threshold (`plan.focusFrom.<key>`). */
  readonly policyKey: 'desistance' | 'safetyAndWellbeing' | 'safetyOfOthers';
  /** A focus to give objectives that lose the one under test. */
  readonly otherFocus: ObjectiveFocus;
}

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

/** The boundary tests every focus rule must pass, run for one rule. */
export function describeFocusRule({ rule, focus, rating, policyKey, otherFocus }: FocusRule): void {
  const rated = (value: string, state = base) =>
    withAssessment(state, (a) => ({ ...a, ratings: { ...a.ratings, [rating]: value as never } }));

  /** One objective (`o-thinking`) has the focus under test, or none has it. */
  const focused = (has: boolean) =>
    withPlan(base, (p) => ({
      ...p,
      objectives: p.objectives.map((o) => {
        const others = o.focus.filter((f) => f !== focus);
        const next: ObjectiveFocus[] = has && o.id === 'o-thinking' ? [...others, focus] : others;
        return { ...o, focus: next.length > 0 ? next : [otherFocus] };
      }),
    }));

  describe(rule, () => {
    it('passes when the rating calls for the focus and an objective has it', () => {
      expect(findingsOf(rated('medium', focused(true)), rule)).toEqual([]);
    });

    it('flags a plan with no objective with the focus when the rating is at the threshold', () => {
      const [finding] = findingsOf(rated('medium', focused(false)), rule);
      expect(finding).toMatchObject({
        severity: 'warning',
        path: ['plan', 'objectives'],
        evidence: { rating, value: 'medium', threshold: 'medium', focus },
      });
    });

    it('passes on a case the testing kit builds with the rating high, and flags it without the focus', () => {
      const built = aCase()
        .yro()
        .assessed({ ratings: { [rating]: 'high' } })
        .active()
        .state();
      const asOf = built.events.at(-1)?.at.slice(0, 10);
      expect(findingsOf(built, rule, { asOf })).toEqual([]);
      const without = withPlan(built, (p) => ({
        ...p,
        objectives: p.objectives.map((o) => {
          const others = o.focus.filter((f) => f !== focus);
          return { ...o, focus: others.length > 0 ? others : [otherFocus] };
        }),
      }));
      expect(findingsOf(without, rule, { asOf })).toHaveLength(1);
    });

    it('says nothing when the rating is below the threshold', () => {
      expect(findingsOf(rated('low', focused(false)), rule)).toEqual([]);
    });

    it('does not count a withdrawn objective', () => {
      const withdrawn = withRecord(rated('high', focused(true)), (r) => ({
        ...r,
        objectiveUpdates: [
          {
            objectiveId: 'o-thinking',
            planVersion: 1,
            status: 'withdrawn',
            by: 'pr-sam',
            on: '2025-09-30',
          },
        ],
      }));
      expect(findingsOf(withdrawn, rule)).toHaveLength(1);
    });

    it('reads a review’s re-rating when it is newer than the assessment', () => {
      const low = rated('low', focused(false));
      expect(findingsOf(low, rule)).toEqual([]);
      const reviewed = withReview(low, {
        completedOn: '2025-09-29',
        ratings: { [rating]: 'high' },
      });
      const [finding] = findingsOf(reviewed, rule);
      expect(finding).toMatchObject({
        evidence: { value: 'high', reratedAt: { reviewId: 'rv-risk', on: '2025-09-29' } },
      });
      expect(finding?.message).toContain('as re-rated at a review');
      // Not before the review is held, and a later re-rating down is read too.
      expect(findingsOf(reviewed, rule, { asOf: '2025-09-28' })).toEqual([]);
      const down = withReview(reviewed, {
        id: 'rv-later',
        completedOn: '2025-09-30',
        ratings: { [rating]: 'low' },
      });
      expect(findingsOf(down, rule)).toEqual([]);
    });

    it('takes the threshold from the policy', () => {
      const policy = { plan: { focusFrom: { [policyKey]: 'high' as const } } };
      expect(findingsOf(rated('medium', focused(false)), rule, { policy })).toEqual([]);
      expect(findingsOf(rated('high', focused(false)), rule, { policy })).toHaveLength(1);
    });
  });
}
