/**
 * yjplan: a child's youth justice intervention plan, from assessment to closure.
 * The one public entry point: every export is named here explicitly.
 */

// Checks: findings with stable rule ids, overridable with a recorded rationale
export { ruleIds } from './checks/catalogue.js';
export { type CheckOptions, checkCase } from './checks/checkCase.js';
export { explain, type RuleExplanation, rulesMarkdown } from './checks/explain.js';
export {
  type Finding,
  type FindingOverrideNote,
  findingTarget,
  type Severity,
  type StaleOverrideNote,
} from './checks/finding.js';
export { findingDigest, overridePayload } from './checks/overrides.js';
export {
  defaultPolicy,
  type Policy,
  type PolicyInput,
  PolicySchema,
  parsePolicy,
  type ResolvedPolicy,
  resolvePolicy,
  safeParsePolicy,
} from './policy/index.js';
export {
  type ContactBand,
  type PlanPolicy,
  PlanPolicySchema,
  type RatingThreshold,
} from './policy/planPolicy.js';
export type { CheckContext, RawFinding, Rule, RuleSource } from './checks/rule.js';
// Errors and results
export { ERROR_CODES, type ErrorCode } from './errors/codes.js';
export { ISSUE_CODES, type IssueCode } from './errors/issueCodes.js';
export type { Result } from './errors/result.js';
export { isYjplanError, YjplanError, type YjplanIssue } from './errors/YjplanError.js';
// JSON Schema for non-TypeScript hosts
export { type JsonSchemaName, jsonSchemas } from './lifecycle/jsonSchemas.js';
// The law: sourced data, never scattered through logic
export {
  COURT_TYPES,
  type CourtType,
  compliedWithContractTerms,
  compliedWithYroRequirements,
  compulsorySchoolAge,
  conditionalDischargeAfterCautions,
  contractVariation,
  DISPOSAL_TYPES,
  dtoConsecutive,
  dtoPartMonthTerms,
  issPilot,
  OFFENCE_CATEGORIES,
  type OffenceCategory,
  ORDER_CHANGE_BODIES,
  ORDER_CHANGE_REASONS,
  type OrderChangeBody,
  type OrderChangeReason,
  offenceScales,
  PLEAS,
  type Plea,
  REMAND_KINDS,
  type RemandKind,
  referralConditions,
  referralOrderExtension,
  remandCatalogue,
  SERIOUS_CUSTODY_TYPES,
  type SeriousCustodyType,
  seriousCustodyCatalogue,
  yroChanges,
  type DisposalCategory,
  type DisposalType,
  disposalCatalogue,
  nonComplianceConsequences,
  PCSC_ACT_2022_COMMENCEMENT,
  parentingOrderLaw,
  requirementLimits,
  responsibleOfficerDuties,
  YRO_REQUIREMENT_KINDS,
  type YroRequirementKind,
  yroWarningDuty,
} from './law/index.js';
// Lifecycle: events, the statechart, the reducer, history and persistence
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
export { stateDiagram } from './lifecycle/diagram.js';
export type { PatchOperation } from './_lib/recordChanges.js';
export {
  type CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  CaseEventSchema,
  type CaseEventType,
  type CaseOpened,
  EVENT_TYPES,
} from './lifecycle/events/index.js';
export { type HistoryEntry, historyOf } from './lifecycle/history.js';
export { parseCaseEvent, safeParseCaseEvent } from './lifecycle/parse.js';
export {
  CASE_FILE_MIGRATIONS,
  CASE_FILE_SCHEMA_VERSION,
  type CaseFile,
  type CaseFileMigrations,
  CaseFileSchema,
  deserializeCase,
  migrateCaseFile,
  parseCaseFile,
  safeDeserializeCase,
  safeParseCaseFile,
  serializeCase,
} from './lifecycle/persist.js';
export {
  type PlanRevision,
  type PlanRevisionOptions,
  planRevision,
  safePlanRevision,
} from './lifecycle/planRevision.js';
export type {
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
export {
  allowedEvents,
  applyEvent,
  openCase,
  safeApplyEvent,
  safeOpenCase,
} from './lifecycle/reducer.js';
export type { BailOrRemandRecord, OrderRecord } from './lifecycle/orderRecord.js';
export { type OrderInForce, ordersInForce } from './lifecycle/ordersInForce.js';
export { replay, safeReplay } from './lifecycle/replay.js';
export { ACTIVE_STAGES, STAGES, type Stage } from './lifecycle/stages.js';
export type { CaseState } from './lifecycle/state.js';
export { stageLabel } from './views/stageLabel.js';
// Domain model: schemas (single source of truth) and the types inferred from them
export {
  type Agreement,
  type AgreementParty,
  AgreementPartySchema,
  AgreementSchema,
} from './model/agreement.js';
export {
  type AssessedFactor,
  AssessedFactorSchema,
  type Assessment,
  type AssessmentInput,
  AssessmentSchema,
  type FactorBearing,
  FactorBearingSchema,
  type FactorDomain,
  FactorDomainSchema,
  type FourPointRating,
  FourPointRatingSchema,
  type InterventionLevel,
  InterventionLevelSchema,
  type Ratings,
  RatingsSchema,
  ReoffendingRatingSchema,
  type Strength,
  StrengthSchema,
  type Views,
  ViewsSchema,
} from './model/assessment.js';
export {
  type Child,
  type ChildInput,
  ChildSchema,
  type ResponsivityNeed,
  type ResponsivityNeedKind,
  ResponsivityNeedKindSchema,
  ResponsivityNeedSchema,
} from './model/child.js';
export { type IsoDate, IsoDateSchema, type Timestamp, TimestampSchema } from './model/dates.js';
export {
  type AbsenceResponse,
  type AbsenceResponseKind,
  AbsenceResponseKindSchema,
  AbsenceResponseSchema,
  type Attendance,
  AttendanceSchema,
  type BreachAction,
  BreachActionSchema,
  BreachOutcomeSchema,
  type Contact,
  ContactKindSchema,
  ContactSchema,
  type NotDelivered,
  NotDeliveredReasonSchema,
  NotDeliveredSchema,
  type ObjectiveProgress,
  ObjectiveProgressSchema,
  type Referral,
  ReferralSchema,
  type ReferralStatus,
  ReferralStatusSchema,
  type Warning,
  WarningSchema,
} from './model/delivery.js';
export {
  consecutiveDtoEnd,
  consecutiveDtoTermIssues,
  custodyPhaseEnd,
  type Disposal,
  type DisposalOf,
  type DisposalRequirement,
  DisposalSchema,
  disposalCategory,
  disposalEndDate,
  disposalIssuesForChild,
  disposalStartDate,
  type DtoTerm,
  educationRequirementResidenceUnknown,
  isCourtOrder,
  isCustodial,
  isCustodialType,
  parseDisposal,
  parseSeriousCustody,
  requirementsOf,
  type SeriousCustody,
  SeriousCustodySchema,
  safeParseDisposal,
  safeParseSeriousCustody,
  seriousCustodyDates,
  seriousCustodyIssuesForChild,
  type YroRequirement,
  YroRequirementSchema,
} from './model/disposal/index.js';
export { type Id, IdSchema, TextSchema } from './model/ids.js';
// Orders that change, offences and history, remand and bail (schemas and pure law functions)
export {
  conditionalDischargeRestriction,
  isConviction,
  isFirstOutOfCourtDisposal,
  referralOrderConditions,
} from './model/history.js';
export {
  type EarlierDisposal,
  EarlierDisposalSchema,
  type Offence,
  type OffenceHistory,
  OffenceHistorySchema,
  OffenceSchema,
  parseOffence,
  parseOffenceHistory,
  safeParseOffence,
  safeParseOffenceHistory,
} from './model/offence.js';
export {
  type CustodyDates,
  CustodyDatesSchema,
  contractIssues,
  custodyDatesIssues,
  dtoReleaseWindow,
  type OrderChanges,
  type OrderVariation,
  OrderVariationSchema,
  orderAsOf,
  orderEndDate,
  PanelMemberSchema,
  parseCustodyDates,
  parseOrderVariation,
  parseReferralOrderContract,
  parseRevocation,
  type ReferralOrderContract,
  ReferralOrderContractSchema,
  ReferralOrderVariationSchema,
  type Revocation,
  RevocationSchema,
  revocationIssues,
  safeParseCustodyDates,
  safeParseOrderVariation,
  safeParseReferralOrderContract,
  safeParseRevocation,
  varyOrder,
  withContract,
  YroVariationSchema,
} from './model/orders/index.js';
export {
  parseRemandOrBail,
  type RemandOrBail,
  RemandOrBailSchema,
  remandIssuesForChild,
  safeParseRemandOrBail,
} from './model/remand.js';
export {
  type InvolvementKind,
  type InvolvementRecord,
  InvolvementRecordSchema,
  type MeetingKind,
  MeetingKindSchema,
  NotInvolvedReasonSchema,
  parentingOrderProgrammeIssue,
  SupportKindSchema,
} from './model/involvement.js';
export { type Agency, AgencySchema, type Owner, OwnerSchema } from './model/owner.js';
export {
  parseAgreement,
  parseAssessment,
  parseChild,
  parseInterventionPlan,
  parseInvolvementRecord,
  parseParentCarer,
  safeParseAgreement,
  safeParseAssessment,
  safeParseChild,
  safeParseInterventionPlan,
  safeParseInvolvementRecord,
  safeParseParentCarer,
} from './model/parse.js';
export {
  type ContactRestriction,
  ContactRestrictionSchema,
  type ParentCarer,
  type ParentCarerInput,
  type ParentCarerRole,
  ParentCarerRoleSchema,
  ParentCarerSchema,
  type RestrictionKind,
  RestrictionKindSchema,
} from './model/parentCarer.js';
export {
  type Achievement,
  AchievementSchema,
  type ActionStatus,
  ActionStatusSchema,
  type AddressedElsewhere,
  AddressedElsewhereSchema,
  type ContactPeriod,
  ContactPeriodSchema,
  type ContingencyPlan,
  ContingencyPlanSchema,
  type DeferredFactor,
  DeferredFactorSchema,
  type ExitPlan,
  ExitPlanSchema,
  type InterventionPlan,
  type InterventionPlanInput,
  InterventionPlanSchema,
  type MonitoringArrangement,
  MonitoringArrangementSchema,
  type Objective,
  type ObjectiveFocus,
  ObjectiveFocusSchema,
  ObjectiveSchema,
  type ObjectiveStatus,
  ObjectiveStatusSchema,
  type PlanAction,
  PlanActionSchema,
  type PlanRevisionReason,
  PlanRevisionReasonSchema,
} from './model/plan.js';
export {
  type ReviewDecision,
  ReviewDecisionSchema,
  type ReviewOutcome,
  ReviewOutcomeSchema,
  type ReviewTrigger,
  ReviewTriggerSchema,
} from './model/review.js';
export { type Audience, type Visibility, VisibilitySchema } from './model/visibility.js';

// Parent and carer involvement (summary and its helpers)
export {
  type InvolvementPolicy,
  InvolvementPolicySchema,
} from './policy/involvementPolicy.js';
export {
  noContactOn,
  PLAN_SHARING_FORBIDDEN_BY,
  planSharingRestrictions,
  restrictionApplies,
  restrictionsOn,
} from './model/restrictions.js';
export {
  expectedToBeInvolved,
  isCorporateParent,
  isParentOrGuardian,
} from './involvement/roles.js';
export {
  type InvolvementSummaryOptions,
  InvolvementSummaryOptionsSchema,
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
export {
  NOT_INVOLVED_MIN_AGE,
  type NotInvolvedReason,
  type SharingOverride,
  SharingOverrideSchema,
  type SupportKind,
} from './model/involvement.js';
export { type RestrictionSource, RestrictionSourceSchema } from './model/parentCarer.js';

// Delivery and reviews: review schedule, working days
export {
  type DeliveryPolicy,
  DeliveryPolicySchema,
} from './policy/deliveryPolicy.js';
export { type ReviewPolicy, ReviewPolicySchema } from './policy/reviewPolicy.js';
export {
  BANK_HOLIDAY_YEARS,
  type BankHoliday,
  bankHolidaySource,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from './law/bankHolidays.js';
export type { BreachOutcome, ContactKind, NotDeliveredReason } from './model/delivery.js';
export { isChangeTrigger, SCHEDULED_REVIEW_TRIGGERS } from './model/review.js';
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

// Views and redaction
export {
  type ActionView,
  type ObjectiveView,
  type PlanView,
  type PlanViewOptions,
  planView,
  type RiskNoteView,
} from './views/planView.js';
export { mayShow } from './views/redact.js';

// Multi-agency work, victims and MAPPA, and the hand-over at 18
export {
  type AgencyCopy,
  AgencyCopySchema,
  type AgencyPlan,
  type AgencyPlanKind,
  AgencyPlanKindSchema,
  AgencyPlanSchema,
  type AgreedAction,
  AgreedActionSchema,
  type CaseMeeting,
  type CaseMeetingInput,
  type CaseMeetingKind,
  CaseMeetingKindSchema,
  CaseMeetingSchema,
  type Participant,
  ParticipantSchema,
  type Professional,
  ProfessionalSchema,
  type SharingBasis,
  SharingBasisEndReasonSchema,
  SharingBasisSchema,
} from './model/agencies.js';
export {
  type RiskNote,
  type RiskNoteAbout,
  RiskNoteAboutSchema,
  RiskNoteSchema,
} from './model/plan.js';
export {
  type MappaManagement,
  MappaManagementSchema,
  type RestorativeJusticeOffer,
  RestorativeJusticeOfferSchema,
  type Victim,
  type VictimContact,
  VictimContactSchema,
  VictimSchema,
} from './model/victims.js';
export { mappaLaw } from './law/mappa.js';
export {
  type Handover,
  HandoverSchema,
  HandoverSharedSchema,
  type TransitionDecision,
  TransitionDecisionSchema,
  type TransitionReview,
  TransitionReviewSchema,
} from './model/transition.js';
export type {
  AgencyPlanRecord,
  MeetingRecord,
  SharingBasisRecord,
  VictimRecord,
} from './lifecycle/agencyRecords.js';
export {
  type HandoverPlan,
  HandoverPlanSchema,
  parseHandoverPlan,
  safeParseHandoverPlan,
} from './model/handoverPlan.js';
export { type HandoverPlanOptions, handoverPlan } from './views/handoverPlan.js';
