/**
 * The law catalogue: youth disposals and YRO requirements with their legal limits, each with
 * its source. Data only; the model reads it by lookup.
 */
export { PCSC_ACT_2022_COMMENCEMENT, SENTENCING_CODE_COMMENCEMENT } from './commencement.js';
export {
  compliedWithContractTerms,
  compliedWithYroRequirements,
  nonComplianceConsequences,
  responsibleOfficerDuties,
  yroWarningDuty,
} from './compliance.js';
export {
  type DtoTermRule,
  dtoConsecutive,
  dtoPartMonthTerms,
  dtoRelease,
  dtoTerms,
  longTermDetentionRelease,
} from './custody.js';
export {
  DISPOSAL_CATEGORIES,
  DISPOSAL_TYPES,
  type DisposalCategory,
  type DisposalLaw,
  type DisposalType,
  disposalCatalogue,
} from './disposals.js';
export { mappaLaw } from './mappa.js';
export {
  COURT_TYPES,
  type CourtType,
  conditionalDischargeAfterCautions,
  OFFENCE_CATEGORIES,
  type OffenceCategory,
  offenceScales,
  PLEAS,
  type Plea,
  referralConditions,
  youthCautionReferral,
} from './offences.js';
export {
  contractVariation,
  ORDER_CHANGE_BODIES,
  ORDER_CHANGE_REASONS,
  type OrderChangeBody,
  type OrderChangeReason,
  referralOrderExtension,
  yroChanges,
} from './orderChanges.js';
export { parentingOrderLaw } from './parentingOrder.js';
export { issPilot } from './pilot.js';
export {
  CONTRACT_ELEMENT_KINDS,
  type ContractElementKind,
  type ContractElementLaw,
  contractElementCatalogue,
  referralOrderLaw,
  referralOrderPolicyDefaults,
} from './referralOrder.js';
export { REMAND_KINDS, type RemandKind, type RemandLaw, remandCatalogue } from './remand.js';
export { compulsorySchoolAge } from './schoolAge.js';
export {
  SERIOUS_CUSTODY_TYPES,
  type SeriousCustodyLaw,
  type SeriousCustodyRelease,
  type SeriousCustodyType,
  seriousCustodyCatalogue,
} from './seriousCustody.js';
export type {
  AgeBand,
  ByConvictionDate,
  BySentenceDate,
  LawKind,
  Range,
  Sourced,
} from './types.js';
export {
  type EducationEnd,
  type RequirementLaw,
  requirementLimits,
  YRO_REQUIREMENT_KINDS,
  type YroRequirementKind,
} from './yroRequirements.js';
