/**
 * yjplan: a child's youth justice intervention plan, from assessment to closure.
 *
 * The case API and the types a host writes against. Every export is named here explicitly, in
 * sections; keep each section sorted and add a new export to the section it belongs to. Schemas
 * and parsers are on `yjplan/schemas`, the law and its pure functions on `yjplan/law`
 * (docs/decisions/0065-public-entries.md). Budget: about 60 runtime exports; the package test
 * `test/package/surface.test.ts` counts them.
 */

// ── A case: open, apply, replay, what comes next ─────────────────────────────────────────────
export type { PatchOperation } from './_lib/recordChanges.js';
export {
  type CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  type CaseEventType,
  type CaseOpened,
  EVENT_TYPES,
} from './lifecycle/events/index.js';
export { stateDiagram } from './lifecycle/diagram.js';
export { type HistoryEntry, historyOf } from './lifecycle/history.js';
export {
  type PlanRevision,
  type PlanRevisionOptions,
  planRevision,
  safePlanRevision,
} from './lifecycle/planRevision.js';
export {
  allowedEvents,
  applyEvent,
  openCase,
  safeApplyEvent,
  safeOpenCase,
} from './lifecycle/reducer.js';
export { replay, safeReplay } from './lifecycle/replay.js';
export { ACTIVE_STAGES, STAGES, type Stage } from './lifecycle/stages.js';
export type { CaseState, MachineStateValue } from './lifecycle/state.js';

// ── Reading a case's record ──────────────────────────────────────────────────────────────────
export {
  actionNow,
  activePlan,
  type ComplianceStatus,
  complianceStatus,
  currentPlan,
  latestAssessment,
  latestPlan,
  objectiveNow,
  signedOffAssessment,
} from './lifecycle/derive.js';
export type { BailOrRemandRecord, OrderRecord } from './lifecycle/orderRecord.js';
export { type OrderInForce, ordersInForce } from './lifecycle/ordersInForce.js';
export type {
  AbsenceResponseRecord,
  ActionUpdate,
  AssessmentRecord,
  CaseRecord,
  ClosureRecord,
  ComplianceEntry,
  FindingOverride,
  InvolvementEntry,
  ObjectiveUpdate,
  PlanVersionReason,
  PlanVersionRecord,
  Recorded,
  ReviewRecord,
  TransferRecord,
} from './lifecycle/record.js';
export type {
  AgencyPlanRecord,
  MeetingRecord,
  SharingBasisRecord,
  VictimRecord,
} from './lifecycle/agencyRecords.js';

// ── Saving and loading a case ────────────────────────────────────────────────────────────────
export {
  CASE_FILE_SCHEMA_VERSION,
  type CaseFile,
  deserializeCase,
  safeDeserializeCase,
  serializeCase,
} from './lifecycle/persist.js';

// ── Checks: findings with stable rule ids, overridable with a recorded rationale ─────────────
export { ruleIds } from './checks/catalogue.js';
export { type CheckOptions, checkCase } from './checks/checkCase.js';
export { explain, type RuleExplanation } from './checks/explain.js';
export {
  type Finding,
  type FindingOverrideNote,
  findingTarget,
  type Severity,
  type StaleOverrideNote,
} from './checks/finding.js';
export { findingDigest, overridePayload } from './checks/overrides.js';
export type { RuleSource } from './checks/rule.js';

// ── Policy: a YOS's numbers, with documented defaults ────────────────────────────────────────
export type { DeliveryPolicy } from './policy/deliveryPolicy.js';
export {
  defaultPolicy,
  type Policy,
  type PolicyInput,
  type PolicyOverride,
  type ResolvedPolicy,
  resolvePolicy,
} from './policy/index.js';
export type { InvolvementPolicy } from './policy/involvementPolicy.js';
export type { ContactBand, PlanPolicy, RatingThreshold } from './policy/planPolicy.js';
export type { ReviewPolicy } from './policy/reviewPolicy.js';

// ── Reviews and working days ─────────────────────────────────────────────────────────────────
export { type ReviewScheduleOptions, reviewSchedule } from './schedule/reviewSchedule.js';
export type {
  ReviewSchedule,
  ScheduledReview,
  ScheduledReviewReason,
  TriggeredReview,
  UnactionedTrigger,
} from './schedule/types.js';
export {
  addWorkingDays,
  bankHolidaysIn,
  isBankHoliday,
  isWorkingDay,
  workingDaysBetween,
} from './schedule/workingDays.js';

// ── Parents' and carers' involvement ─────────────────────────────────────────────────────────
export {
  type InvolvementSummaryOptions,
  involvementSummary,
  safeInvolvementSummary,
} from './involvement/summary.js';
export type {
  AgreementEntry,
  AgreementEvidence,
  AgreementSource,
  AttendanceEntry,
  Concerns,
  ContactAttemptEntry,
  CopyEntry,
  Excuse,
  InvalidatedEntry,
  InvitationEntry,
  InvolvementSummary,
  NotInvolvedEntry,
  ParentingContractEntry,
  ParentingOrderEntry,
  Participation,
  PersonInvolvement,
  PlanVersionInvolvement,
  SupportEntry,
  ViewsEntry,
} from './involvement/types.js';

// ── Views: what each audience may see ────────────────────────────────────────────────────────
export {
  type ActionView,
  type ObjectiveView,
  type PlanView,
  type PlanViewOptions,
  planView,
  type RiskNoteView,
} from './views/planView.js';
export { mayShow } from './views/redact.js';

// ── Multi-agency work: each agency's copy, the hand-over to probation at 18 ──────────────────
export type { HandoverPlan } from './model/handoverPlan.js';
export { type HandoverPlanOptions, handoverPlan } from './views/handoverPlan.js';
export { stageLabel } from './views/stageLabel.js';

// ── Parsing at the boundary (the full family, and the schemas, are on yjplan/schemas) ──────────
export { jsonSchemas } from './lifecycle/jsonSchemas.js';
export {
  parseCaseEvent,
  parseCaseFile,
  parsePolicy,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParsePolicy,
} from './lifecycle/parsers.js';

// ── Errors and results ───────────────────────────────────────────────────────────────────────
export { ERROR_CODES, type ErrorCode } from './errors/codes.js';
export { ISSUE_CODES, type IssueCode } from './errors/issueCodes.js';
export type { Result } from './errors/result.js';
export { isYjplanError, YjplanError, type YjplanIssue } from './errors/YjplanError.js';

// ── The model's types (with the schemas they are inferred from, and the types of the parts of
// orders, offences and remand, on `yjplan/schemas`) ──────────────────────────────────────────
export type {
  AgencyCopy,
  AgencyPlan,
  AgencyPlanKind,
  AgreedAction,
  CaseMeeting,
  CaseMeetingInput,
  CaseMeetingKind,
  Participant,
  Professional,
  SharingBasis,
} from './model/agencies.js';
export type { Agreement, AgreementParty } from './model/agreement.js';
export type {
  AssessedFactor,
  Assessment,
  AssessmentInput,
  FactorDomain,
  FourPointRating,
  InterventionLevel,
  Ratings,
  Strength,
  Views,
} from './model/assessment.js';
export type { Child, ChildInput, ResponsivityNeed } from './model/child.js';
export type { IsoDate, Timestamp } from './model/dates.js';
export type {
  AbsenceResponse,
  Attendance,
  BreachAction,
  BreachOutcome,
  Contact,
  ContactKind,
  NotDelivered,
  NotDeliveredReason,
  ObjectiveProgress,
  Referral,
  ReferralStatus,
  Warning,
} from './model/delivery.js';
export type {
  Disposal,
  DisposalOf,
  DisposalRequirement,
  YroRequirement,
} from './model/disposal/index.js';
export type { Id } from './model/ids.js';
export type {
  InvolvementKind,
  InvolvementRecord,
  MeetingKind,
  NotInvolvedReason,
  SharingOverride,
  SupportKind,
} from './model/involvement.js';
export type { Agency, Owner } from './model/owner.js';
export type {
  ContactRestriction,
  ParentCarer,
  ParentCarerInput,
  ParentCarerRole,
  RestrictionKind,
  RestrictionSource,
} from './model/parentCarer.js';
export type {
  ActionStatus,
  InterventionPlan,
  InterventionPlanInput,
  Objective,
  ObjectiveStatus,
  PlanAction,
  PlanRevisionReason,
  RiskNote,
  RiskNoteAbout,
} from './model/plan.js';
export type { ReviewDecision, ReviewOutcome, ReviewTrigger } from './model/review.js';
export type { StaffMember, StaffRole } from './model/staff.js';
export type { Handover, TransitionDecision, TransitionReview } from './model/transition.js';
export type {
  MappaManagement,
  RestorativeJusticeOffer,
  Victim,
  VictimContact,
} from './model/victims.js';
export type { Audience, Visibility } from './model/visibility.js';
export type { DisposalType } from './law/disposals.js';
