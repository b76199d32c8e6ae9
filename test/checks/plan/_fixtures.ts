/**
 * Helpers for the plan rule tests, which build their cases with the testing kit (`aCase()`) and
 * change one thing each: typed edits of a case's record (the plan under check, the signed-off
 * assessment, an objective, a re-rating review) and the findings of one rule.
 */
import { checkCase } from '../../../src/checks/checkCase.js';
import type { Finding } from '../../../src/checks/finding.js';
import { planRules } from '../../../src/checks/rules/planRules.js';
import { currentPlan, signedOffAssessment } from '../../../src/lifecycle/derive.js';
import type { CaseRecord } from '../../../src/lifecycle/record.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import type { Assessment, InterventionLevel, Ratings } from '../../../src/model/assessment.js';
import type { InterventionPlan, Objective } from '../../../src/model/plan.js';
import type { PolicyInput } from '../../../src/policy/index.js';
import { aCase, anObjective } from '../../../src/testing/index.js';
import { syncPrincipal } from '../../fixtures/orders.js';

/** The plan rule ids. */
export const PLAN_RULE_IDS = planRules.map((r) => r.id);

/** A date in the first weeks of delivery of the cases the plan rule tests build. */
export const AS_OF = '2025-10-01';

/** A copy of the state with its record changed. */
export const withRecord = (state: CaseState, change: (r: CaseRecord) => CaseRecord): CaseState => ({
  ...state,
  record: syncPrincipal(state.record, change(state.record)),
});

/** A copy of the state with the plan version under check changed. */
export function withPlan(
  state: CaseState,
  change: (plan: InterventionPlan) => InterventionPlan,
): CaseState {
  const version = currentPlan(state.record)?.version;
  return withRecord(state, (r) => ({
    ...r,
    plans: r.plans.map((p) => (p.version === version ? { ...p, plan: change(p.plan) } : p)),
  }));
}

/** A copy of the state with the signed-off assessment changed. */
export function withAssessment(
  state: CaseState,
  change: (assessment: Assessment) => Assessment,
): CaseState {
  const id = signedOffAssessment(state.record)?.id;
  return withRecord(state, (r) => ({
    ...r,
    assessments: r.assessments.map((a) =>
      a.id === id && a.assessment ? { ...a, assessment: change(a.assessment) } : a,
    ),
  }));
}

/** Replaces one objective of the plan under check. */
export const withObjective = (
  state: CaseState,
  id: string,
  change: (o: Objective) => Objective,
): CaseState =>
  withPlan(state, (p) => ({
    ...p,
    objectives: p.objectives.map((o) => (o.id === id ? change(o) : o)),
  }));

/** Adds objectives to the plan under check (each with one action, so they are specific). */
export function withExtraObjectives(state: CaseState, count: number): CaseState {
  return withPlan(state, (p) => ({
    ...p,
    objectives: [
      ...p.objectives,
      ...Array.from({ length: count }, (_, i) =>
        anObjective({
          id: `o-extra-${i}`,
          wording: 'Extra objective',
          focus: ['desistance'],
          addresses: { factorIds: ['f-thinking'] },
          priority: 9,
          measureOfSuccess: 'Done',
          targetDate: '2026-02-27',
        }),
      ),
    ],
  }));
}

/** The findings of one rule. */
export function findingsOf(
  state: CaseState,
  rule: string,
  options: { asOf?: string; policy?: PolicyInput } = {},
): Finding[] {
  return checkCase(state, {
    asOf: options.asOf ?? AS_OF,
    ...(options.policy && { policy: options.policy }),
    rules: [rule],
  });
}

/**
 * A copy of the state with one more completed review (trigger `change-in-risk`) that re-rated
 * the child, and optionally re-set the intervention level.
 */
export function withReview(
  state: CaseState,
  review: {
    id?: string;
    completedOn: string;
    ratings: Partial<Ratings>;
    interventionLevel?: InterventionLevel;
    interventionLevelRationale?: string;
    decision?: 'continue' | 'revise-plan' | 'reassess';
  },
): CaseState {
  const base = signedOffAssessment(state.record)?.assessment?.ratings;
  if (!base) throw new Error('The state has no signed-off assessment');
  return withRecord(state, (r) => ({
    ...r,
    reviews: [
      ...r.reviews,
      {
        id: review.id ?? 'rv-risk',
        trigger: 'change-in-risk',
        triggered: { by: 'pr-sam', on: review.completedOn },
        completedBy: 'pr-sam',
        outcome: {
          completedOn: review.completedOn,
          progress: [],
          ratings: { ...base, ...review.ratings },
          ...(review.interventionLevel && { interventionLevel: review.interventionLevel }),
          ...(review.interventionLevelRationale && {
            interventionLevelRationale: review.interventionLevelRationale,
          }),
          parentCarerViews: [],
          decision: review.decision ?? 'continue',
          nextReviewDate: '2026-03-01',
        },
      },
    ],
  }));
}

/**
 * A referral order in delivery, as the testing kit builds it (clean under every plan rule), with
 * medium likelihood of reoffending and safety and wellbeing, low risk of serious harm, at the
 * enhanced level.
 */
export const enhancedReferralOrder = aCase()
  .referralOrder()
  .assessed({
    ratings: {
      likelihoodOfReoffending: 'medium',
      safetyAndWellbeing: 'medium',
      riskOfSeriousHarm: 'low',
    },
    interventionLevel: 'enhanced',
  })
  .active()
  .state();
