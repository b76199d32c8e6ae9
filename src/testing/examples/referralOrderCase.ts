import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './referralOrderCase.json';

/**
 * The worked example: Kai (a fictional child), 15, on a 6-month referral order after a street
 * robbery with older boys. Excluded from school, drawn to an older peer group, impulsive; plays
 * football and has a supportive mother. His father is under a non-molestation order and must
 * never be given the plan. Every fact here is invented for teaching.
 *
 * @example
 * const kai = replay(workedExampleEvents());
 * kai.record.child.id === WORKED_EXAMPLE.childId; // true
 */
export const WORKED_EXAMPLE = {
  caseId: 'case-kai',
  childId: 'child-kai',
  caseManager: 'pr-sam',
  manager: 'pr-manager-lee',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-03-31',
} as const;

/**
 * The worked example's full event log, from opening to closure (83 events): assessment, the
 * youth offender contract agreed at the first panel (the order runs from that day), a plan
 * agreed by Kai and his mother, weekly contacts to the end of the order, a pupil referral unit
 * place on a waiting list, a missed appointment handled with a warning and re-engagement, a
 * review triggered by a move, two scheduled reviews held with the youth offender panel (the
 * first revises the plan, the second continues it), each attended by his mother, family support
 * through a second referral, and the end-of-order review that closes the case. Every action is
 * recorded done when it is done. It checks clean under every rule once closed; during delivery
 * the only finding is `delivery.action-overdue` for the unit place while it waits (11 October
 * to 2 November 2025), a realistic moment shown on purpose.
 *
 * @example
 * const state = replay(workedExampleEvents());
 * state.stage; // 'closed'
 */
export function workedExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
