import type { Agreement } from '../model/agreement.js';
import type { Assessment } from '../model/assessment.js';
import type { Child } from '../model/child.js';
import type { IsoDate } from '../model/dates.js';
import type {
  BreachAction,
  Contact,
  NotDelivered,
  ObjectiveProgress,
  Referral,
  Warning,
} from '../model/delivery.js';
import type { Disposal } from '../model/disposal/index.js';
import type { Id } from '../model/ids.js';
import type { InvolvementRecord } from '../model/involvement.js';
import type { ParentCarer } from '../model/parentCarer.js';
import type {
  ActionStatus,
  ExitPlan,
  InterventionPlan,
  ObjectiveStatus,
  PlanRevisionReason,
} from '../model/plan.js';
import type { ReviewOutcome, ReviewTrigger } from '../model/review.js';

/**
 * Who recorded something, and on which date.
 *
 * @example
 * const signed: Recorded | undefined = state.record.plans[0]?.signedOff; // { by: 'pr-manager', on: '2025-09-24' }
 */
export interface Recorded {
  readonly by: Id;
  readonly on: IsoDate;
}

/**
 * An assessment and where it is in its sign-off.
 *
 * @example
 * const a: AssessmentRecord | undefined = signedOffAssessment(state.record);
 */
export interface AssessmentRecord {
  readonly id: Id;
  readonly status: 'in-progress' | 'submitted' | 'signed-off' | 'returned';
  readonly startedOn?: IsoDate;
  readonly assessment?: Assessment;
  readonly signedOff?: Recorded;
  readonly returns: readonly (Recorded & { readonly reason: string })[];
}

/**
 * Why a plan version exists.
 *
 * @example
 * const reason: PlanVersionReason = latestPlan(state.record)?.reason ?? 'initial';
 */
export type PlanVersionReason = 'initial' | PlanRevisionReason;

/**
 * One version of the plan. Never edited once superseded; only its status moves on.
 *
 * @example
 * const v2: PlanVersionRecord | undefined = state.record.plans.find((p) => p.version === 2);
 */
export interface PlanVersionRecord {
  readonly version: number;
  readonly reason: PlanVersionReason;
  readonly reasonDetail?: string;
  readonly drafted: Recorded;
  readonly plan: InterventionPlan;
  readonly status: 'draft' | 'signed-off' | 'active' | 'superseded';
  readonly signedOff?: Recorded;
  readonly activatedOn?: IsoDate;
}

/**
 * A change of an objective's status or achievement during delivery.
 *
 * @example
 * const updates: readonly ObjectiveUpdate[] = state.record.objectiveUpdates;
 */
export interface ObjectiveUpdate extends Recorded {
  readonly objectiveId: Id;
  readonly planVersion: number;
  readonly status?: ObjectiveStatus;
  readonly progress?: ObjectiveProgress;
}

/**
 * A change of an action's status during delivery.
 *
 * @example
 * const done = state.record.actionUpdates.filter((u: ActionUpdate) => u.status === 'done');
 */
export interface ActionUpdate extends Recorded {
  readonly actionId: Id;
  readonly planVersion: number;
  readonly status: ActionStatus;
  readonly notDelivered?: NotDelivered;
}

/**
 * One entry in the compliance log, in the order it happened.
 *
 * @example
 * const warnings = state.record.compliance.filter((c: ComplianceEntry) => c.kind === 'warning');
 */
export type ComplianceEntry =
  | ({ readonly kind: 'warning'; readonly by: Id } & Warning)
  | ({ readonly kind: 'breach-action'; readonly by: Id } & BreachAction)
  | {
      readonly kind: 'breach-outcome';
      readonly id: Id;
      readonly breachActionId: Id;
      readonly on: IsoDate;
      readonly by: Id;
      readonly outcome: string;
      readonly notes?: string;
    }
  | {
      readonly kind: 'reengaged';
      readonly id: Id;
      readonly on: IsoDate;
      readonly by: Id;
      readonly notes?: string;
    };

/**
 * A review: why and when it was triggered, and its outcome once completed.
 *
 * @example
 * const open = state.record.reviews.find((r: ReviewRecord) => r.outcome === undefined);
 */
export interface ReviewRecord {
  readonly id: Id;
  readonly trigger: ReviewTrigger;
  readonly triggered: Recorded;
  readonly dueBy?: IsoDate;
  readonly detail?: string;
  readonly outcome?: ReviewOutcome;
  readonly completedBy?: Id;
}

/**
 * An involvement record with who recorded it; invalidated records stay, marked.
 *
 * @example
 * const valid = state.record.involvement.filter((e: InvolvementEntry) => !e.invalidated);
 */
export interface InvolvementEntry {
  readonly record: InvolvementRecord;
  readonly recordedBy: Id;
  readonly invalidated?: Recorded & { readonly reason: string };
}

/**
 * A practitioner's recorded decision to override one finding of a check.
 *
 * @example
 * const forRule = state.record.overrides.filter((o: FindingOverride) => o.rule === 'plan.front-loaded');
 */
export interface FindingOverride extends Recorded {
  readonly eventId: Id;
  readonly rule: string;
  /** The finding's path joined with `/` (e.g. `plan/objectives/o-2`), or `` for the whole case. */
  readonly target: string;
  readonly rationale: string;
  /** The plan version in force (under check) when the override was recorded; absent when there was no plan. */
  readonly planVersion?: number;
  /** The digest of the finding's evidence the override was made against (`findingDigest`), when recorded. */
  readonly evidenceDigest?: string;
  /** Set once the override is withdrawn (`finding.overrideWithdrawn`); the entry stays, marked. */
  readonly withdrawn?: Recorded & { readonly eventId: Id; readonly reason: string };
}

/**
 * A transfer to another youth justice service.
 *
 * @example
 * const to: TransferRecord['to'] | undefined = state.record.transfer?.to;
 */
export interface TransferRecord extends Recorded {
  readonly to: string;
  readonly reason: string;
}

/**
 * How the case closed.
 *
 * @example
 * const closure: ClosureRecord | undefined = state.record.closure; // { reason: 'disposal-completed', ... }
 */
export interface ClosureRecord extends Recorded {
  readonly reason: string;
  readonly exitPlan?: ExitPlan;
}

/**
 * Everything known about a child's case, as the fold of its events. Deep-frozen, like the state
 * that holds it: a new record is made for every event, sharing what did not change.
 *
 * @example
 * const record: CaseRecord = replay(events).record;
 * record.plans.map((p) => p.status); // ['superseded', 'active']
 */
export interface CaseRecord {
  readonly caseId: Id;
  readonly openedOn: IsoDate;
  readonly caseManager: Id;
  readonly child: Child;
  readonly disposal: Disposal;
  readonly assessments: readonly AssessmentRecord[];
  readonly plans: readonly PlanVersionRecord[];
  readonly agreements: readonly (Agreement & { readonly eventId: Id })[];
  readonly objectiveUpdates: readonly ObjectiveUpdate[];
  readonly actionUpdates: readonly ActionUpdate[];
  readonly contacts: readonly Contact[];
  readonly referrals: readonly Referral[];
  readonly compliance: readonly ComplianceEntry[];
  readonly reviews: readonly ReviewRecord[];
  readonly people: readonly ParentCarer[];
  readonly involvement: readonly InvolvementEntry[];
  readonly overrides: readonly FindingOverride[];
  readonly custodyPhaseEndedOn?: IsoDate;
  readonly transfer?: TransferRecord;
  readonly closure?: ClosureRecord;
}
