/**
 * Orders that change over a case's life: the referral order contract agreed at the panel,
 * variations (on breach, application, review or referral back), revocation and resentence, and
 * custody dates that become known later. Schemas and pure functions; the lifecycle records them.
 */
export {
  contractIssues,
  PanelMemberSchema,
  type ReferralOrderContract,
  ReferralOrderContractSchema,
  withContract,
} from './contract.js';
export {
  type CustodyDates,
  CustodyDatesSchema,
  custodyDatesIssues,
  dtoReleaseWindow,
} from './custodyDates.js';
export { type OrderChanges, orderAsOf } from './orderAsOf.js';
export {
  orderEndDate,
  type Revocation,
  RevocationSchema,
  revocationIssues,
} from './revocation.js';
export {
  type OrderVariation,
  OrderVariationSchema,
  ReferralOrderVariationSchema,
  varyOrder,
  YroVariationSchema,
} from './variation.js';
