import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './dtoCase.json';

/**
 * The DTO example: Jordan (a fictional child), 16, sentenced on 3 November 2025 to an 8-month
 * detention and training order for a domestic burglary (a conviction after 28 June 2022, when any
 * term from 4 to 24 months became possible). Four months in a secure training centre, release
 * at the half-way point on 3 March 2026, then four months of supervision in the community, living
 * with his grandmother. Every fact here is invented for teaching.
 *
 * @example
 * reviewSchedule(replay(dtoExampleEvents()), { asOf: DTO_EXAMPLE.asOfClosed }).endOfOrderReviewBy; // '2026-06-25'
 */
export const DTO_EXAMPLE = {
  caseId: 'case-jordan',
  childId: 'child-jordan',
  caseManager: 'pr-ash',
  manager: 'pr-manager-kim',
  /** Release at the half-way point of the term (Sentencing Act 2020 s.241(2)). */
  releaseOn: '2026-03-03',
  /** The term's last day: 8 months beginning with 3 November 2025. */
  endsOn: '2026-07-02',
  /** A date in custody before the pre-release review is triggered. */
  asOfInCustody: '2026-02-02',
  /** A date after release, before the post-release review. */
  asOfAfterRelease: '2026-03-05',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-07-31',
} as const;

/**
 * The DTO example's full event log: assessment and plan in custody, the pre-release review,
 * release (`custody.phaseEnded`), the post-release review, supervision in the community with a
 * college referral, and the end-of-order review that closes the case. The review schedule
 * changes at release: the pre-release review gives way to the post-release one.
 *
 * @example
 * const state = replay(dtoExampleEvents());
 * state.stage; // 'closed'
 */
export function dtoExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
