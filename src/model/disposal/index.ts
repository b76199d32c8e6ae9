/**
 * The disposal model: the youth disposals as zod schemas, their derived dates and requirements,
 * and the age-dependent limits. The law they apply lives in `src/law/`.
 */

export { consecutiveDtoEnd, consecutiveDtoTermIssues, type DtoTerm } from './consecutiveDto.js';
export {
  custodyPhaseEnd,
  type DisposalRequirement,
  disposalCategory,
  disposalEndDate,
  disposalStartDate,
  isCourtOrder,
  isCustodial,
  isCustodialType,
  requirementsOf,
} from './derived.js';
export { ContractElementSchema } from './firstTier.js';
export { disposalIssuesForChild } from './forChild.js';
export { dtoTermAllowed, lawOn, maxCurfewHoursPerDay } from './lawLookup.js';
export { CautionConditionSchema } from './outOfCourt.js';
export { type YroRequirement, YroRequirementSchema } from './requirements.js';
export { educationRequirementResidenceUnknown } from './residenceUnknown.js';
export {
  type Disposal,
  type DisposalOf,
  DisposalSchema,
} from './schema.js';
export {
  type SeriousCustody,
  SeriousCustodySchema,
  seriousCustodyDates,
  seriousCustodyIssuesForChild,
} from './seriousCustody.js';
