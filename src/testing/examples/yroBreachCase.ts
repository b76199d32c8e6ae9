import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './yroBreachCase.json';

/**
 * The orders example: Tyler (a fictional child), 16, on a 12-month youth rehabilitation order
 * (supervision, an activity requirement and a curfew) after a burglary. He misses appointments,
 * is warned twice and taken back to court; the court amends the order on breach (unpaid work
 * added, the end date put back three months), and the plan is revised and explained to him again.
 * A further offence follows: the court revokes the order and resentences him to a detention and
 * training order, in the same case, which moves delivery into custody. Every fact here is
 * invented for teaching.
 *
 * @example
 * ordersInForce(replay(yroBreachExampleEvents()), YRO_BREACH_EXAMPLE.beforeAmendment);
 */
export const YRO_BREACH_EXAMPLE = {
  caseId: 'case-tyler',
  childId: 'child-tyler',
  caseManager: 'pr-sam',
  manager: 'pr-manager-lee',
  /** The order as made: its end date before the breach. */
  orderEndsAsMade: '2026-03-02',
  /** The end date the court substituted on breach. */
  orderEndsAsAmended: '2026-06-01',
  /** A day before the court amended the order (the order as made is in force). */
  beforeAmendment: '2025-05-16',
  /** A day after the amendment and the revised plan, before the resentence. */
  afterAmendment: '2025-07-01',
  /** In custody on the detention and training order, after the plan for it is in force. */
  inCustody: '2025-11-03',
} as const;

/**
 * The orders example's event log (see {@link YRO_BREACH_EXAMPLE}): a YRO opened with the
 * offence and an earlier referral order on record, assessed and planned, three missed
 * appointments answered with two warnings and breach action, the court's amendment carried by
 * the breach outcome, a review and a revised plan explained to Tyler again, a scheduled review,
 * then the further offence: the order revoked and a DTO passed in the same case, a review for
 * the new order, a plan for custody and the release date the secure estate expects. The case
 * is still open (in custody) at the end.
 *
 * @example
 * const state = replay(yroBreachExampleEvents());
 * ordersInForce(state, YRO_BREACH_EXAMPLE.inCustody)[0]?.type; // 'detention-and-training-order'
 */
export function yroBreachExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
