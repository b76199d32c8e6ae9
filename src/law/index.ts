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
export { type DtoTermRule, dtoRelease, dtoTerms, longTermDetentionRelease } from './custody.js';
export {
  DISPOSAL_CATEGORIES,
  DISPOSAL_TYPES,
  type DisposalCategory,
  type DisposalLaw,
  type DisposalType,
  disposalCatalogue,
} from './disposals.js';
export { parentingOrderLaw } from './parentingOrder.js';
export {
  CONTRACT_ELEMENT_KINDS,
  type ContractElementKind,
  type ContractElementLaw,
  contractElementCatalogue,
  referralOrderLaw,
  referralOrderPolicyDefaults,
} from './referralOrder.js';
export { compulsorySchoolAge } from './schoolAge.js';
export type { AgeBand, ByConvictionDate, LawKind, Range, Sourced } from './types.js';
export {
  type EducationEnd,
  type RequirementLaw,
  requirementLimits,
  YRO_REQUIREMENT_KINDS,
  type YroRequirementKind,
} from './yroRequirements.js';
