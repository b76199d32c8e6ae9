/**
 * yjplan/law: the law as sourced data (disposals and their limits, YRO requirements, remand,
 * offences, orders that change, compliance, bank holidays), each entry with its source, and the
 * pure functions that apply it to the model: a disposal's dates and legal limits, an order as
 * varied, a child's offence history, who is a parent and whose restrictions forbid contact or a
 * copy of the plan. The case API on `yjplan` applies all of this itself; a host reaches for it
 * to build forms, explain a limit or work out a date on its own.
 */

// ── Parents and carers: roles, restrictions, parenting orders ────────────────────────────────
export {
  expectedToBeInvolved,
  isCorporateParent,
  isParentOrGuardian,
} from './involvement/roles.js';
// ── The law as sourced data ──────────────────────────────────────────────────────────────────
export {
  BANK_HOLIDAY_YEARS,
  type BankHoliday,
  bankHolidaySource,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
} from './law/bankHolidays.js';
export {
  COURT_TYPES,
  type CourtType,
  compliedWithContractTerms,
  compliedWithYroRequirements,
  compulsorySchoolAge,
  conditionalDischargeAfterCautions,
  contractVariation,
  DISPOSAL_TYPES,
  type DisposalCategory,
  type DisposalType,
  disposalCatalogue,
  dtoConsecutive,
  dtoPartMonthTerms,
  issPilot,
  mappaLaw,
  nonComplianceConsequences,
  OFFENCE_CATEGORIES,
  type OffenceCategory,
  ORDER_CHANGE_BODIES,
  ORDER_CHANGE_REASONS,
  type OrderChangeBody,
  type OrderChangeReason,
  offenceScales,
  PCSC_ACT_2022_COMMENCEMENT,
  PLEAS,
  type Plea,
  parentingOrderLaw,
  REMAND_KINDS,
  type RemandKind,
  referralConditions,
  referralOrderExtension,
  remandCatalogue,
  requirementLimits,
  responsibleOfficerDuties,
  SERIOUS_CUSTODY_TYPES,
  type SeriousCustodyType,
  seriousCustodyCatalogue,
  YRO_REQUIREMENT_KINDS,
  type YroRequirementKind,
  yroChanges,
  yroWarningDuty,
} from './law/index.js';
// ── Disposals: dates, requirements and the limits that depend on the child ───────────────────
export {
  consecutiveDtoEnd,
  consecutiveDtoTermIssues,
  custodyPhaseEnd,
  type DisposalRequirement,
  type DtoTerm,
  disposalCategory,
  disposalEndDate,
  disposalIssuesForChild,
  disposalStartDate,
  educationRequirementResidenceUnknown,
  isCourtOrder,
  isCustodial,
  isCustodialType,
  requirementsOf,
  seriousCustodyDates,
  seriousCustodyIssuesForChild,
} from './model/disposal/index.js';
// ── Orders that change, offences and history, remand ─────────────────────────────────────────
export {
  conditionalDischargeRestriction,
  isConviction,
  isFirstOutOfCourtDisposal,
  referralOrderConditions,
} from './model/history.js';
export { NOT_INVOLVED_MIN_AGE, parentingOrderProgrammeIssue } from './model/involvement.js';
export {
  contractIssues,
  custodyDatesIssues,
  dtoReleaseWindow,
  type OrderChanges,
  orderAsOf,
  orderEndDate,
  revocationIssues,
  varyOrder,
  withContract,
} from './model/orders/index.js';
export { remandIssuesForChild } from './model/remand.js';
export {
  noContactOn,
  PLAN_SHARING_FORBIDDEN_BY,
  planSharingRestrictions,
  restrictionApplies,
  restrictionsOn,
} from './model/restrictions.js';

// ── Reviews ──────────────────────────────────────────────────────────────────────────────────
export { isChangeTrigger, SCHEDULED_REVIEW_TRIGGERS } from './model/review.js';
