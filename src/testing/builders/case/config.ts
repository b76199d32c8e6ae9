import type { DisposalType } from '../../../law/disposals.js';
import type { AssessmentInput, InterventionLevel, Ratings } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import type { Attendance, ContactKind } from '../../../model/delivery.js';
import type { Disposal } from '../../../model/disposal/schema.js';
import type { ParentCarerInput } from '../../../model/parentCarer.js';
import type { InterventionPlanInput } from '../../../model/plan.js';
import type { ReviewDecision, ReviewTrigger } from '../../../model/review.js';
import type { ChildOverrides } from '../child.js';
import type { LengthOptions } from '../disposal.js';

/**
 * Where {@link aCase} takes the case before delivery: opened only, assessed (signed off), plan
 * drafted, plan agreed by the child and parents/carers, or plan active (delivery).
 *
 * @example
 * CASE_STAGES.includes('agreed'); // true
 */
export const CASE_STAGES = ['opened', 'assessed', 'planned', 'agreed', 'active'] as const;

/**
 * A stage {@link aCase} can build to before delivery; see {@link CASE_STAGES}.
 *
 * @example
 * const stage: CaseBuilderStage = 'active';
 */
export type CaseBuilderStage = (typeof CASE_STAGES)[number];

/**
 * Options for {@link aCase}.
 *
 * @example
 * aCase({ start: '2025-03-03', caseId: 'case-42' });
 */
export interface CaseBuilderOptions {
  /** The day the disposal is decided or passed and the case opens (default {@link BUILDER_START}). */
  readonly start?: IsoDate;
  readonly caseId?: string;
  readonly caseManager?: string;
  /** The manager who signs off assessments and plans. */
  readonly manager?: string;
  /**
   * `false` for a case with no one's involvement recorded: no meetings, views, agreements or
   * copies of the plan, for tests that record each of these themselves (default `true`).
   */
  readonly involvement?: boolean;
}

/**
 * Options for the assessment step of {@link aCase}: ratings, the level, the content that
 * replaces the typical one (factors, strengths, views), and the step's dates.
 *
 * @example
 * aCase().assessed({ ratings: { likelihoodOfReoffending: 'high' } });
 * aCase().assessed({ strengths: [], completedOn: '2025-09-09', signedOffOn: '2025-09-10' });
 */
export interface AssessedOptions
  extends Pick<
    Partial<AssessmentInput>,
    'factors' | 'strengths' | 'childViews' | 'parentCarerViews'
  > {
  /** Ratings to use instead of the typical ones for the disposal. */
  readonly ratings?: Partial<Ratings>;
  /** The intervention level, when not the one the ratings suggest. */
  readonly interventionLevel?: InterventionLevel;
  /** The day the assessment starts (default: the day after the case opens). */
  readonly startedOn?: IsoDate;
  /** The day it is completed and submitted. */
  readonly completedOn?: IsoDate;
  /** The day the manager signs it off. */
  readonly signedOffOn?: IsoDate;
}

/**
 * Options for the first plan version in {@link aCase} (`planned`, `agreed`, `active`): the
 * content that replaces the typical one (objectives with their `dependsOn`, actions, deferred
 * factors, contacts a month, the exit plan, the review date it sets) and the step's dates.
 *
 * @example
 * aCase().active({ objectives: [], actions: [], draftedOn: '2025-09-14', activatedOn: '2025-09-17' });
 */
export interface PlannedOptions
  extends Pick<
    Partial<InterventionPlanInput>,
    | 'objectives'
    | 'actions'
    | 'deferredFactors'
    | 'plannedContactsPerMonth'
    | 'exitPlan'
    | 'nextReviewDate'
  > {
  /** The day the plan is drafted (default: the day after the assessment's sign-off). */
  readonly draftedOn?: IsoDate;
  /** The day the plan is signed off and activated. */
  readonly activatedOn?: IsoDate;
  /**
   * For a referral order: the day the panel agrees the youth offender contract. The order then
   * opens without a contract and runs from this day (`order.contractAgreed`, before the first
   * later event); by default it opens with its contract and runs from the sentence.
   */
  readonly contractAgreedOn?: IsoDate;
}

/**
 * Options for a batch of contacts in {@link aCase}.
 *
 * @example
 * aCase().withContacts(3, { attendance: 'acceptable-absence', kind: 'home-visit' });
 */
export interface ContactOptions {
  readonly attendance?: Attendance;
  readonly kind?: ContactKind;
  /** The contacts' ids in order (default `c-N`); a contact past the list gets the default. */
  readonly ids?: readonly string[];
  /** The contacts' dates in order (default: the plan's contact frequency from the last step). */
  readonly dates?: readonly IsoDate[];
}

/**
 * Options for a review in {@link aCase}: its trigger, dates and re-rating, and how far what it
 * decides goes.
 *
 * @example
 * aCase().reviewed('continue', { trigger: 'change-of-placement-or-accommodation' });
 * aCase().reviewed('revise-plan', { until: 'drafted' }); // the revised plan not yet agreed
 * aCase().reviewed('continue', { completedOn: '2025-11-18', ratings: { riskOfSeriousHarm: 'high' } });
 * aCase().reviewed('revise-plan', { plan: { activatedOn: '2025-12-23', nextReviewDate: '2026-02-17' } });
 */
export interface ReviewedOptions {
  readonly trigger?: ReviewTrigger;
  /** The day the review is triggered (default: a week before it is completed, not before the last step). */
  readonly triggeredOn?: IsoDate;
  /** The day it is completed (default: when the plan says a review is due). */
  readonly completedOn?: IsoDate;
  /** Ratings the review records, over those in force (default: it records none). */
  readonly ratings?: Partial<Ratings>;
  /**
   * Held at a youth offender panel meeting the child attends (a referral order's), recorded as
   * a contact of that kind on the day it is completed: the panel clock restarts from it.
   */
  readonly atPanel?: boolean;
  /** The next review date the review sets (default: 3 months on, within the order). */
  readonly nextReviewDate?: IsoDate;
  /** For `revise-plan` and `reassess`: stop with the new plan version drafted or agreed. */
  readonly until?: 'drafted' | 'agreed';
  /** For `revise-plan` and `reassess`: the new plan version's activation day and review date. */
  readonly plan?: Pick<PlannedOptions, 'activatedOn' | 'nextReviewDate'>;
}

/** @internal One thing done during delivery, in the order asked for. */
export type DeliveryStep =
  | { readonly kind: 'contacts'; readonly count: number; readonly options: ContactOptions }
  | {
      readonly kind: 'review';
      readonly decision: ReviewDecision;
      readonly options: ReviewedOptions;
    };

/** @internal Everything a case builder has been asked for. */
export interface CaseConfig {
  readonly start?: IsoDate;
  readonly caseId: string;
  readonly caseManager: string;
  readonly manager: string;
  readonly child: ChildOverrides;
  /** Overrides per parent/carer; undefined means one, the default parent/carer. */
  readonly people?: readonly Partial<ParentCarerInput>[];
  readonly disposal:
    | { readonly type: DisposalType; readonly options: LengthOptions<DisposalType> }
    | { readonly built: Disposal };
  readonly involvement: boolean;
  readonly assessed: AssessedOptions;
  readonly planned: PlannedOptions;
  readonly stage: CaseBuilderStage;
  readonly delivery: readonly DeliveryStep[];
  readonly ending?: 'closed' | 'transferred';
}
