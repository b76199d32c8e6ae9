/**
 * yjplan/schemas: the zod schemas of the model (the single source of its types), the parsers of
 * every top-level input (`parseX` throws a `YjplanError`, `safeParseX` returns a `Result`) and
 * their JSON Schemas. The parsers are generated from one table (`src/lifecycle/inputs.ts`), whose
 * names are also the JSON Schema names (`yjplan/schema/<name>.json`).
 */
// ── Parsers: one pair per top-level input, generated from the table of inputs ─────────────────

// ── Options of the case API ──────────────────────────────────────────────────────────────────
export { InvolvementSummaryOptionsSchema } from './involvement/summary.js';
// ── Case files: the persisted form and its migrations ────────────────────────────────────────
export { CaseEventSchema } from './lifecycle/events/index.js';
export type { InputName } from './lifecycle/inputs.js';
export { type JsonSchemaName, jsonSchemas } from './lifecycle/jsonSchemas.js';
export {
  parseAgreement,
  parseAssessment,
  parseCaseEvent,
  parseCaseFile,
  parseChild,
  parseCustodyDates,
  parseDisposal,
  parseHandoverPlan,
  parseInterventionPlan,
  parseInvolvementRecord,
  parseOffence,
  parseOffenceHistory,
  parseOrderVariation,
  parseParentCarer,
  parsePolicy,
  parseReferralOrderContract,
  parseRemandOrBail,
  parseRevocation,
  parseSeriousCustody,
  safeParseAgreement,
  safeParseAssessment,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParseChild,
  safeParseCustodyDates,
  safeParseDisposal,
  safeParseHandoverPlan,
  safeParseInterventionPlan,
  safeParseInvolvementRecord,
  safeParseOffence,
  safeParseOffenceHistory,
  safeParseOrderVariation,
  safeParseParentCarer,
  safeParsePolicy,
  safeParseReferralOrderContract,
  safeParseRemandOrBail,
  safeParseRevocation,
  safeParseSeriousCustody,
} from './lifecycle/parsers.js';
export {
  CASE_FILE_MIGRATIONS,
  type CaseFileMigrations,
  CaseFileSchema,
  migrateCaseFile,
} from './lifecycle/persist.js';
// ── The model: schemas and the types inferred from them ──────────────────────────────────────
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
  type BreachOutcome,
  BreachOutcomeSchema,
  type Contact,
  type ContactKind,
  ContactKindSchema,
  ContactSchema,
  type NotDelivered,
  type NotDeliveredReason,
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
  type Disposal,
  type DisposalOf,
  DisposalSchema,
  type SeriousCustody,
  SeriousCustodySchema,
  type YroRequirement,
  YroRequirementSchema,
} from './model/disposal/index.js';
export { type HandoverPlan, HandoverPlanSchema } from './model/handoverPlan.js';
export { type Id, IdSchema, TextSchema } from './model/ids.js';
export {
  type InvolvementKind,
  type InvolvementRecord,
  InvolvementRecordSchema,
  type MeetingKind,
  MeetingKindSchema,
  type NotInvolvedReason,
  NotInvolvedReasonSchema,
  type SharingOverride,
  SharingOverrideSchema,
  type SupportKind,
  SupportKindSchema,
} from './model/involvement.js';
export {
  type EarlierDisposal,
  EarlierDisposalSchema,
  type Offence,
  type OffenceHistory,
  OffenceHistorySchema,
  OffenceSchema,
} from './model/offence.js';
export {
  type CustodyDates,
  CustodyDatesSchema,
  type OrderVariation,
  OrderVariationSchema,
  PanelMemberSchema,
  type ReferralOrderContract,
  ReferralOrderContractSchema,
  ReferralOrderVariationSchema,
  type Revocation,
  RevocationSchema,
  YroVariationSchema,
} from './model/orders/index.js';
export { type Agency, AgencySchema, type Owner, OwnerSchema } from './model/owner.js';
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
  type RestrictionSource,
  RestrictionSourceSchema,
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
  type RiskNote,
  type RiskNoteAbout,
  RiskNoteAboutSchema,
  RiskNoteSchema,
} from './model/plan.js';
export { type RemandOrBail, RemandOrBailSchema } from './model/remand.js';
export {
  type ReviewDecision,
  ReviewDecisionSchema,
  type ReviewOutcome,
  ReviewOutcomeSchema,
  type ReviewTrigger,
  ReviewTriggerSchema,
} from './model/review.js';
export {
  type StaffMember,
  StaffMemberSchema,
  type StaffRole,
  StaffRoleSchema,
} from './model/staff.js';
export {
  type Handover,
  HandoverSchema,
  HandoverSharedSchema,
  type TransitionDecision,
  TransitionDecisionSchema,
  type TransitionReview,
  TransitionReviewSchema,
} from './model/transition.js';
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
export { type Audience, type Visibility, VisibilitySchema } from './model/visibility.js';
// ── Policy ───────────────────────────────────────────────────────────────────────────────────
export { DeliveryPolicySchema } from './policy/deliveryPolicy.js';
export { PolicySchema } from './policy/index.js';
export { InvolvementPolicySchema } from './policy/involvementPolicy.js';
export { PlanPolicySchema } from './policy/planPolicy.js';
export { ReviewPolicySchema } from './policy/reviewPolicy.js';
