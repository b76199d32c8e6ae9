/**
 * Orders that change over a case's life: the referral order contract agreed at the panel,
 * variations (on breach, application, review or referral back), revocation and resentence, and
 * custody dates that become known later. Schemas and pure functions; the lifecycle records them.
 */
export {
  contractIssues,
  PanelMemberSchema,
  parseReferralOrderContract,
  type ReferralOrderContract,
  ReferralOrderContractSchema,
  safeParseReferralOrderContract,
  withContract,
} from './contract.js';
export {
  type CustodyDates,
  CustodyDatesSchema,
  custodyDatesIssues,
  dtoReleaseWindow,
  parseCustodyDates,
  safeParseCustodyDates,
} from './custodyDates.js';
export { type OrderChanges, orderAsOf } from './orderAsOf.js';
export {
  orderEndDate,
  parseRevocation,
  type Revocation,
  RevocationSchema,
  revocationIssues,
  safeParseRevocation,
} from './revocation.js';
export {
  type OrderVariation,
  OrderVariationSchema,
  parseOrderVariation,
  ReferralOrderVariationSchema,
  safeParseOrderVariation,
  varyOrder,
  YroVariationSchema,
} from './variation.js';
