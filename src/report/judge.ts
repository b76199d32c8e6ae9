import type { Finding } from '../checks/finding.js';
import type { InvolvementSummary } from '../involvement/types.js';
import { objectiveNow, signedOffAssessment } from '../lifecycle/derive.js';
import type { CaseRecord, PlanVersionRecord, ReviewRecord } from '../lifecycle/record.js';
import type { CaseState } from '../lifecycle/state.js';
import type { FourPointRating } from '../model/assessment.js';
import type { ObjectiveFocus } from '../model/plan.js';
import type { ReviewSchedule } from '../schedule/types.js';
import type { Answer, QuestionId } from './questions.js';

/** @internal What {@link judge} reads besides the state, worked out once per case. */
export interface JudgeInput {
  readonly findings: readonly Finding[];
  readonly schedule: ReviewSchedule;
  readonly involvement: InvolvementSummary;
  readonly plan: PlanVersionRecord | undefined;
}

/** The rules whose standing findings make a planning question insufficient. */
const PLANNING_RULES: Record<
  'desistance' | 'safety-and-wellbeing' | 'safety-of-others' | 'involvement',
  readonly string[]
> = {
  desistance: ['plan.no-desistance-focus', 'plan.unaddressed-factor', 'plan.no-strengths'],
  'safety-and-wellbeing': ['plan.no-child-safety-focus', 'plan.no-contingency'],
  'safety-of-others': ['plan.no-others-safety-focus', 'plan.no-contingency'],
  involvement: [
    'plan.no-child-voice',
    'involvement.not-invited-to-planning',
    'involvement.agreement-not-recorded',
    'involvement.views-not-recorded',
  ],
};

/** Delivery findings tied to an action (and so to its objective's focus), or to the whole case. */
const DELIVERY_RULES = [
  'delivery.action-overdue',
  'delivery.referral-not-made',
  'delivery.waiting-too-long',
];
const ENGAGEMENT_RULES = [
  'compliance.absences-not-addressed',
  'compliance.warning-without-account',
  'compliance.no-reengagement',
];
const REVIEW_TIMING_RULES = ['review.overdue', 'review.trigger-not-actioned'];

const answer = (applies: boolean, sufficient: boolean): Answer =>
  !applies ? 'not-applicable' : sufficient ? 'sufficient' : 'insufficient';

const atLeastMedium = (r: FourPointRating | 'low' | 'medium' | 'high'): boolean => r !== 'low';

/** The foci of the objective an action or referral finding concerns; every focus when untied. */
function fociOf(
  f: Finding,
  record: CaseRecord,
  plan: PlanVersionRecord | undefined,
): Set<ObjectiveFocus> | 'all' {
  if (!plan) return 'all';
  let actionId: unknown;
  if (f.path[0] === 'plan' && f.path[1] === 'actions') actionId = f.path[2];
  else if (f.path[0] === 'referrals') {
    actionId = record.referrals.find((r) => r.id === f.path[1])?.actionId;
  }
  const action = plan.plan.actions.find((a) => a.id === actionId);
  const objective = action && plan.plan.objectives.find((o) => o.id === action.objectiveId);
  return objective ? new Set(objective.focus) : 'all';
}

/** The plan version in force when a review was completed. */
function planAt(record: CaseRecord, on: string): PlanVersionRecord | undefined {
  let found: PlanVersionRecord | undefined;
  for (const p of record.plans) if (p.drafted.on <= on) found = p;
  return found;
}

/** Whether a review recorded progress on every live objective of a focus. */
function reviewedFocus(record: CaseRecord, review: ReviewRecord, focus: ObjectiveFocus): boolean {
  const completed = review.outcome?.completedOn;
  if (!review.outcome || !completed) return false;
  const plan = planAt(record, completed);
  if (!plan) return true;
  const progressed = new Set(review.outcome.progress.map((p) => p.objectiveId));
  return plan.plan.objectives.every((o) => {
    if (!o.focus.includes(focus)) return true;
    const status = objectiveNow(record, plan.version, o.id)?.status ?? o.status;
    return status === 'withdrawn' || progressed.has(o.id);
  });
}

/**
 * @internal Judges one case on every inspection question (ADR 0037 says why each is judged so):
 * a question is asked of a case only once the work it is about exists, and is answered
 * "sufficient" when the records show the work and no standing finding of the rules tied to it.
 */
export function judge(state: CaseState, input: JudgeInput): Record<QuestionId, Answer> {
  const { record } = state;
  const { findings, schedule, involvement, plan } = input;
  const standing = new Set<string>();
  for (const f of findings) if (!f.overridden) standing.add(f.rule);
  const none = (rules: readonly string[]) => rules.every((r) => !standing.has(r));
  const expected = involvement.people.filter((p) => p.expected && p.excused === undefined);

  const assessment = signedOffAssessment(record)?.assessment;
  const assessed = assessment !== undefined;
  const bears = (b: 'desistance' | 'safety-and-wellbeing' | 'serious-harm') =>
    assessment?.factors.some((f) => f.bearsOn.includes(b)) ?? false;

  const planned = record.plans.some((p) => p.status !== 'draft');
  const delivered = record.plans.some((p) => p.activatedOn !== undefined);
  const deliveryFindings = findings.filter((f) => !f.overridden && DELIVERY_RULES.includes(f.rule));
  const deliveredWell = (focus: ObjectiveFocus) =>
    deliveryFindings.every((f) => {
      const foci = fociOf(f, record, plan);
      return foci !== 'all' && !foci.has(focus);
    });

  const completed = record.reviews.filter((r) => r.outcome !== undefined);
  const lastReview = completed[completed.length - 1];
  const reviewDue = schedule.scheduled.some((r) => r.overdue) || schedule.triggered.length > 0;
  const reviewed = lastReview !== undefined;
  const reviewing = (focus: ObjectiveFocus, rating?: FourPointRating | 'low' | 'medium' | 'high') =>
    lastReview !== undefined &&
    reviewedFocus(record, lastReview, focus) &&
    (rating === undefined || !atLeastMedium(rating) || lastReview.outcome?.ratings !== undefined);
  const parentAtReview =
    lastReview !== undefined &&
    (expected.length === 0 ||
      involvement.reviews.some((r) => r.reviewId === lastReview.id && r.tookPart));

  return {
    'assessment.desistance': answer(
      assessed,
      (assessment?.strengths.length ?? 0) > 0 &&
        (assessment?.ratings.likelihoodOfReoffending === 'low' || bears('desistance')) &&
        none(['assessment.intervention-level-unexplained']),
    ),
    'assessment.safety-and-wellbeing': answer(
      assessed,
      assessment?.ratings.safetyAndWellbeing === 'low' || bears('safety-and-wellbeing'),
    ),
    'assessment.safety-of-others': answer(
      assessed,
      assessment?.ratings.riskOfSeriousHarm === 'low' || bears('serious-harm'),
    ),
    'assessment.involvement': answer(
      assessed,
      assessment?.childViews !== undefined &&
        (expected.length === 0 || involvement.assessment.tookPart),
    ),
    'planning.desistance': answer(planned, none(PLANNING_RULES.desistance)),
    'planning.safety-and-wellbeing': answer(planned, none(PLANNING_RULES['safety-and-wellbeing'])),
    'planning.safety-of-others': answer(planned, none(PLANNING_RULES['safety-of-others'])),
    'planning.involvement': answer(planned, none(PLANNING_RULES.involvement)),
    'delivery.desistance': answer(delivered, deliveredWell('desistance')),
    'delivery.safety-and-wellbeing': answer(delivered, deliveredWell('safety-and-wellbeing')),
    'delivery.safety-of-others': answer(delivered, deliveredWell('safety-of-others')),
    'delivery.involvement': answer(delivered, none(ENGAGEMENT_RULES)),
    'reviewing.desistance': answer(reviewed, reviewing('desistance')),
    'reviewing.safety-and-wellbeing': answer(
      reviewed,
      reviewing('safety-and-wellbeing', assessment?.ratings.safetyAndWellbeing),
    ),
    'reviewing.safety-of-others': answer(
      reviewed,
      reviewing('safety-of-others', assessment?.ratings.riskOfSeriousHarm),
    ),
    'reviewing.involvement': answer(
      reviewed,
      lastReview?.outcome?.childViews !== undefined && parentAtReview,
    ),
    'reviewing.on-time': answer(reviewed || reviewDue, none(REVIEW_TIMING_RULES)),
  };
}
