import type { DisposalType } from '../../../law/disposals.js';
import type { InterventionLevel, Ratings } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import type { Attendance, ContactKind } from '../../../model/delivery.js';
import type { Disposal } from '../../../model/disposal/schema.js';
import type { ParentCarerInput } from '../../../model/parentCarer.js';
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
}

/**
 * Options for the assessment step of {@link aCase}.
 *
 * @example
 * aCase().assessed({ ratings: { likelihoodOfReoffending: 'high' } });
 */
export interface AssessedOptions {
  /** Ratings to use instead of the typical ones for the disposal. */
  readonly ratings?: Partial<Ratings>;
  /** The intervention level, when not the one the ratings suggest. */
  readonly interventionLevel?: InterventionLevel;
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
}

/**
 * Options for a review in {@link aCase}.
 *
 * @example
 * aCase().reviewed('continue', { trigger: 'change-of-placement-or-accommodation' });
 */
export interface ReviewedOptions {
  readonly trigger?: ReviewTrigger;
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
  readonly assessed: AssessedOptions;
  readonly stage: CaseBuilderStage;
  readonly delivery: readonly DeliveryStep[];
  readonly ending?: 'closed' | 'transferred';
}
