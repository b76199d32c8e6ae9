import type { Sourced } from './types.js';

/**
 * Extending a referral order's compliance period when the youth offender panel refers the child
 * back to court: by at most 3 months at a time, and never beyond 12 months in all; only once the
 * contract has taken effect and before the compliance period ends, with the child in court.
 *
 * @example
 * referralOrderExtension.maxExtensionMonths; // 3
 * referralOrderExtension.maxTotalMonths;     // 12
 */
export const referralOrderExtension = {
  maxExtensionMonths: 3,
  maxTotalMonths: 12,
  kind: 'law',
  // [V] Sentencing Act 2020 Sch. 4 Part 1 (referral back to court; legislation.gov.uk) and
  // Sch. 23 para. 3(2) (Sch. 4 paras. 14-16: extension for further offences). [S] The 3-month and
  // 12-month figures and the conditions (contract in effect, period not ended, child present,
  // regard to compliance): Youth Justice Legal Centre guidance and the Sentencing Council
  // pronouncement card "Referral back to court for non-compliance" (total period restated).
  source:
    'Sentencing Act 2020 Sch. 4 (referral back to court; extension of the compliance period) [figures from secondary sources]',
  note: 'The court may instead revoke the order and resentence, or fine; those are other events.',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * A youth offender panel may agree a variation of the contract with the child (terms added, removed
 * or changed); the length of the order is the court's, never the panel's.
 *
 * @example
 * contractVariation.panelMayChangeLength; // false
 */
export const contractVariation = {
  panelMayChangeLength: false,
  kind: 'law',
  // [S] Sentencing Act 2020 s.97 (variation of contract) [section number from secondary
  // sources]; the length is set by the court under s.89 and changed only by the court (Sch. 4).
  source: 'Sentencing Act 2020 ss.89, 97 and Sch. 4 [s.97 from secondary sources]',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * What a court may change in a youth rehabilitation order on breach (Sch. 7 paras. 6-10) or on an
 * application by the child or the responsible officer (Sch. 7 paras. 15-19).
 *
 * @example
 * yroChanges.onBreach.endDateExtensionMonths; // 6
 */
export const yroChanges = {
  onBreach: {
    // [V] Sch. 7 para. 10(3)-(6) (legislation.gov.uk): added requirements must be capable of being
    // complied with before the end date; the court may substitute a later end date, at most
    // 6 months after the existing one, which may then be more than 3 years after the order took
    // effect; the power may be used once only for an order.
    endDateExtensionMonths: 6,
    endDateExtensionOnce: true,
    mayPassThreeYears: true,
    source: 'Sentencing Act 2020 Sch. 7 paras. 6(5)(b), 7(2)(b), 10(3)-(6)',
  },
  // [V] Sch. 7 para. 10(7) with Sch. 6 para. 10(4): different unpaid work limits on breach where
  // the order had no unpaid work requirement (see requirementLimits['unpaid-work'].onBreach).
  unpaidWorkOnBreachSource: 'Sentencing Act 2020 Sch. 7 para. 10(7); Sch. 6 para. 10(4)',
  onApplication: {
    // [V] Sch. 7 para. 15(3): on the application of the child or the responsible officer the court
    // may cancel requirements or replace one with a requirement of the same kind it could now
    // impose; para. 17(3): what it imposes must be capable of being complied with before the end
    // date (subject to para. 18). No later end date on application.
    replaceWithSameKindOnly: true,
    mayExtendEndDate: false,
    source: 'Sentencing Act 2020 Sch. 7 paras. 15, 17',
  },
  kind: 'law',
  source: 'Sentencing Act 2020 Sch. 7',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * The reasons an order is varied, revoked or extended, and who may do it.
 *
 * @example
 * ORDER_CHANGE_REASONS.includes('breach'); // true
 */
export const ORDER_CHANGE_REASONS = ['breach', 'application', 'review', 'referral-back'] as const;

/**
 * Why an order changed; see {@link ORDER_CHANGE_REASONS}.
 *
 * @example
 * const why: OrderChangeReason = 'application';
 */
export type OrderChangeReason = (typeof ORDER_CHANGE_REASONS)[number];

/**
 * Who changed an order: a court (every order) or a youth offender panel (a referral order's
 * contract only).
 *
 * @example
 * ORDER_CHANGE_BODIES[1]; // 'youth-offender-panel'
 */
export const ORDER_CHANGE_BODIES = ['court', 'youth-offender-panel'] as const;

/**
 * One of {@link ORDER_CHANGE_BODIES}.
 *
 * @example
 * const by: OrderChangeBody = 'court';
 */
export type OrderChangeBody = (typeof ORDER_CHANGE_BODIES)[number];
