import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './remandCase.json';

/**
 * The remand example: Ellis (a fictional child), 15, charged with robbery, is remanded to local
 * authority accommodation, then granted bail with a YOS bail supervision and support programme.
 * The YOS assesses him and plans the bail work with him and his grandmother; at sentence the court
 * passes a youth rehabilitation order (supervision and an activity requirement), which ends the
 * bail, calls for a review and starts the order's own clock; the plan is revised for the order.
 * Every fact here is invented for teaching.
 *
 * @example
 * ordersInForce(replay(remandExampleEvents()), REMAND_EXAMPLE.onBail); // [] (no sentence yet)
 */
export const REMAND_EXAMPLE = {
  caseId: 'case-ellis',
  childId: 'child-ellis',
  caseManager: 'pr-ash',
  manager: 'pr-manager-lee',
  /** On bail, with the bail plan in force and no sentence yet. */
  onBail: '2025-03-20',
  /** The day of sentence: the order starts, the bail ends. */
  sentencedOn: '2025-04-14',
  /** The order's last day, counted from the sentence. */
  orderEnds: '2026-04-13',
  /** On the order, after the plan revised for it is in force. */
  onOrder: '2025-05-06',
} as const;

/**
 * The remand example's event log (see {@link REMAND_EXAMPLE}): a case opened on remand to local
 * authority accommodation with the charge on record, bail with bail supervision and support a
 * week later, an assessment and a bail plan agreed with Ellis and his grandmother, bail
 * sessions, then the sentence (`order.made`): a youth rehabilitation order that ends the bail,
 * a review for the new order and the plan revised for it. The case is open at the end.
 *
 * @example
 * const state = replay(remandExampleEvents());
 * ordersInForce(state, REMAND_EXAMPLE.onOrder)[0]?.end; // '2026-04-13'
 */
export function remandExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
