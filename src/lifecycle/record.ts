import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { AgreementSchema } from '../model/agreement.js';
import { AssessmentSchema } from '../model/assessment.js';
import { ChildSchema } from '../model/child.js';
import { IsoDateSchema } from '../model/dates.js';
import {
  AbsenceResponseSchema,
  BreachActionSchema,
  ContactSchema,
  NotDeliveredSchema,
  ObjectiveProgressSchema,
  ReferralSchema,
  WarningSchema,
} from '../model/delivery.js';
import { DisposalSchema } from '../model/disposal/index.js';
import { IdSchema, TextSchema } from '../model/ids.js';
import { InvolvementRecordSchema } from '../model/involvement.js';
import { EarlierDisposalSchema, OffenceSchema } from '../model/offence.js';
import { ParentCarerSchema } from '../model/parentCarer.js';
import {
  ActionStatusSchema,
  ExitPlanSchema,
  InterventionPlanSchema,
  ObjectiveStatusSchema,
  PlanRevisionReasonSchema,
} from '../model/plan.js';
import { ReviewOutcomeSchema, ReviewTriggerSchema } from '../model/review.js';
import { StaffMemberSchema } from '../model/staff.js';
import { AGENCY_RECORD_FIELDS } from './agencyRecords.js';
import { BailAndRemandSchema, OrdersSchema } from './orderRecord.js';

// The case record is the fold of its events. Its shape is written here once, as schemas: the
// types below are inferred from them (read-only all the way down), and a state that did not
// come from the library is validated against them before anything reads it.

const RecordedShape = { by: IdSchema, on: IsoDateSchema };
const RecordedSchema = z.strictObject(RecordedShape);
const OutcomeTextSchema = z.string().max(2000);

const AssessmentRecordSchema = z.strictObject({
  id: IdSchema,
  status: z.enum(['in-progress', 'submitted', 'signed-off', 'returned']),
  startedOn: IsoDateSchema.optional(),
  assessment: AssessmentSchema.optional(),
  /** Who submitted it for sign-off (with `assessment.completedBy`, who may not sign it off). */
  submittedBy: IdSchema.optional(),
  signedOff: RecordedSchema.optional(),
  returns: z.array(z.strictObject({ ...RecordedShape, reason: TextSchema })),
});

const PlanVersionReasonSchema = z.union([z.literal('initial'), PlanRevisionReasonSchema]);

const PlanVersionRecordSchema = z.strictObject({
  version: z.int().min(1),
  reason: PlanVersionReasonSchema,
  reasonDetail: TextSchema.optional(),
  drafted: RecordedSchema,
  plan: InterventionPlanSchema,
  status: z.enum(['draft', 'signed-off', 'active', 'superseded']),
  signedOff: RecordedSchema.optional(),
  activatedOn: IsoDateSchema.optional(),
});

const ObjectiveUpdateSchema = z.strictObject({
  ...RecordedShape,
  objectiveId: IdSchema,
  planVersion: z.int().min(0),
  status: ObjectiveStatusSchema.optional(),
  progress: ObjectiveProgressSchema.optional(),
});

const ActionUpdateSchema = z.strictObject({
  ...RecordedShape,
  actionId: IdSchema,
  planVersion: z.int().min(0),
  status: ActionStatusSchema,
  notDelivered: NotDeliveredSchema.optional(),
});

const ComplianceEntrySchema = z.discriminatedUnion('kind', [
  WarningSchema.extend({ kind: z.literal('warning'), by: IdSchema }),
  BreachActionSchema.extend({ kind: z.literal('breach-action'), by: IdSchema }),
  z.strictObject({
    kind: z.literal('breach-outcome'),
    id: IdSchema,
    breachActionId: IdSchema,
    on: IsoDateSchema,
    by: IdSchema,
    outcome: OutcomeTextSchema,
    notes: TextSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('reengaged'),
    id: IdSchema,
    on: IsoDateSchema,
    by: IdSchema,
    notes: TextSchema.optional(),
  }),
]);

const AbsenceResponseRecordSchema = AbsenceResponseSchema.and(z.object({ by: IdSchema }));

const ReviewRecordSchema = z.strictObject({
  id: IdSchema,
  trigger: ReviewTriggerSchema,
  triggered: RecordedSchema,
  dueBy: IsoDateSchema.optional(),
  detail: TextSchema.optional(),
  outcome: ReviewOutcomeSchema.optional(),
  completedBy: IdSchema.optional(),
});

const InvolvementEntrySchema = z.strictObject({
  record: InvolvementRecordSchema,
  recordedBy: IdSchema,
  invalidated: z.strictObject({ ...RecordedShape, reason: TextSchema }).optional(),
});

const FindingOverrideSchema = z.strictObject({
  ...RecordedShape,
  eventId: IdSchema,
  rule: z.string().max(200),
  target: z.string().max(500),
  rationale: TextSchema,
  planVersion: z.int().min(1).optional(),
  evidenceDigest: z.string().max(64).optional(),
  withdrawn: z.strictObject({ ...RecordedShape, eventId: IdSchema, reason: TextSchema }).optional(),
});

const TransferRecordSchema = z.strictObject({
  ...RecordedShape,
  to: z.string().max(200),
  reason: TextSchema,
});

const ClosureRecordSchema = z.strictObject({
  ...RecordedShape,
  reason: OutcomeTextSchema,
  exitPlan: ExitPlanSchema.optional(),
});

/**
 * @internal The case record's shape, for validating a state the library did not make.
 */
export const CaseRecordSchema = z.strictObject({
  caseId: IdSchema,
  openedOn: IsoDateSchema,
  caseManager: IdSchema,
  child: ChildSchema,
  /**
   * The principal order as it stands after every change recorded (the contract agreed, the
   * variations; after a resentence, the new sentence); absent while a case opened on bail or
   * remand has no sentence. What applied on a given day: `ordersInForce`.
   */
  disposal: DisposalSchema.optional(),
  /** Every order the case has held, with what happened to each after it was made. */
  orders: OrdersSchema,
  /** Bail and remand decisions, for a case before sentence (or a new charge during an order). */
  bailAndRemand: BailAndRemandSchema,
  /** The offences dealt with, as recorded. */
  offences: z.array(OffenceSchema).default([]),
  /** The child's earlier disposals; absent when not recorded (an empty list: none). */
  earlierDisposals: z.array(EarlierDisposalSchema).optional(),
  assessments: z.array(AssessmentRecordSchema),
  plans: z.array(PlanVersionRecordSchema),
  agreements: z.array(AgreementSchema.and(z.object({ eventId: IdSchema }))),
  objectiveUpdates: z.array(ObjectiveUpdateSchema),
  actionUpdates: z.array(ActionUpdateSchema),
  contacts: z.array(ContactSchema),
  referrals: z.array(ReferralSchema),
  compliance: z.array(ComplianceEntrySchema),
  absenceResponses: z.array(AbsenceResponseRecordSchema).default([]),
  reviews: z.array(ReviewRecordSchema),
  people: z.array(ParentCarerSchema),
  involvement: z.array(InvolvementEntrySchema),
  overrides: z.array(FindingOverrideSchema),
  staff: z.array(StaffMemberSchema).default([]),
  custodyPhaseEndedOn: IsoDateSchema.optional(),
  transfer: TransferRecordSchema.optional(),
  closure: ClosureRecordSchema.optional(),
  // Other agencies, victims and the hand-over at 18 (ADRs 0060-0064).
  ...AGENCY_RECORD_FIELDS,
});

/**
 * @internal The lists of a newly opened case's record, each empty: every list field of the
 * record's schema, so a list added to the record starts empty with no other change.
 */
export function emptyRecordLists(): Record<string, never[]> {
  const lists: Record<string, never[]> = {};
  for (const [key, field] of Object.entries(CaseRecordSchema.shape)) {
    const inner = field instanceof z.ZodDefault ? field.unwrap() : field;
    if (inner instanceof z.ZodArray) lists[key] = [];
  }
  return lists;
}

/**
 * An informal response to absences, with who recorded it.
 *
 * @example
 * const visits = state.record.absenceResponses.filter((r: AbsenceResponseRecord) => r.kind === 'home-visit');
 */
export type AbsenceResponseRecord = Immutable<z.output<typeof AbsenceResponseRecordSchema>>;

/**
 * Who recorded something, and on which date.
 *
 * @example
 * const signed: Recorded | undefined = state.record.plans[0]?.signedOff; // { by: 'pr-manager', on: '2025-09-24' }
 */
export type Recorded = Immutable<z.output<typeof RecordedSchema>>;

/**
 * An assessment and where it is in its sign-off.
 *
 * @example
 * const a: AssessmentRecord | undefined = signedOffAssessment(state.record);
 */
export type AssessmentRecord = Immutable<z.output<typeof AssessmentRecordSchema>>;

/**
 * Why a plan version exists.
 *
 * @example
 * const reason: PlanVersionReason = latestPlan(state.record)?.reason ?? 'initial';
 */
export type PlanVersionReason = z.output<typeof PlanVersionReasonSchema>;

/**
 * One version of the plan. Never edited once superseded; only its status moves on.
 *
 * @example
 * const v2: PlanVersionRecord | undefined = state.record.plans.find((p) => p.version === 2);
 */
export type PlanVersionRecord = Immutable<z.output<typeof PlanVersionRecordSchema>>;

/**
 * A change of an objective's status or achievement during delivery.
 *
 * @example
 * const updates: readonly ObjectiveUpdate[] = state.record.objectiveUpdates;
 */
export type ObjectiveUpdate = Immutable<z.output<typeof ObjectiveUpdateSchema>>;

/**
 * A change of an action's status during delivery.
 *
 * @example
 * const done = state.record.actionUpdates.filter((u: ActionUpdate) => u.status === 'done');
 */
export type ActionUpdate = Immutable<z.output<typeof ActionUpdateSchema>>;

/**
 * One entry in the compliance log, in the order it happened.
 *
 * @example
 * const warnings = state.record.compliance.filter((c: ComplianceEntry) => c.kind === 'warning');
 */
export type ComplianceEntry = Immutable<z.output<typeof ComplianceEntrySchema>>;

/**
 * A review: why and when it was triggered, and its outcome once completed.
 *
 * @example
 * const open = state.record.reviews.find((r: ReviewRecord) => r.outcome === undefined);
 */
export type ReviewRecord = Immutable<z.output<typeof ReviewRecordSchema>>;

/**
 * An involvement record with who recorded it; invalidated records stay, marked.
 *
 * @example
 * const valid = state.record.involvement.filter((e: InvolvementEntry) => !e.invalidated);
 */
export type InvolvementEntry = Immutable<z.output<typeof InvolvementEntrySchema>>;

/**
 * A practitioner's recorded decision to override one finding of a check. `target` is the
 * finding's path joined with `/` (`''` for the whole case); `planVersion` the plan version in
 * force when the override was recorded; `evidenceDigest` the digest of the evidence it was made
 * against (`findingDigest`); `withdrawn` is set once it is withdrawn (the entry stays, marked).
 *
 * @example
 * const forRule = state.record.overrides.filter((o: FindingOverride) => o.rule === 'plan.front-loaded');
 */
export type FindingOverride = Immutable<z.output<typeof FindingOverrideSchema>>;

/**
 * A transfer to another youth justice service.
 *
 * @example
 * const to: TransferRecord['to'] | undefined = state.record.transfer?.to;
 */
export type TransferRecord = Immutable<z.output<typeof TransferRecordSchema>>;

/**
 * How the case closed.
 *
 * @example
 * const closure: ClosureRecord | undefined = state.record.closure; // { reason: 'disposal-completed', ... }
 */
export type ClosureRecord = Immutable<z.output<typeof ClosureRecordSchema>>;

/**
 * Everything known about a child's case, as the fold of its events: read-only all the way down.
 * A new record is made for every event, sharing what did not change.
 *
 * @example
 * const record: CaseRecord = replay(events).record;
 * record.plans.map((p) => p.status); // ['superseded', 'active']
 */
export type CaseRecord = Immutable<z.output<typeof CaseRecordSchema>>;
