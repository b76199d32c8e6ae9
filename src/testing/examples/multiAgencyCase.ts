import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './multiAgencyCase.json';

/**
 * The multi-agency example: Jade (a fictional young woman), 17, on a 12-month youth
 * rehabilitation order (supervision and an activity requirement) for repeated shoplifting in
 * the city centre and pushing over a shop worker who stopped her. She has been sofa-surfing
 * since leaving her mother's home after rows, uses cannabis and ketamine, has self-harmed, and
 * the police suspect older men of getting her to steal to order. She holds a Level 1
 * hairdressing certificate and wants to work in a salon. Her order runs six months past her
 * 18th birthday, so the case is handed over to the Probation Service. Every fact here is
 * invented for teaching.
 *
 * The story, after the sentence planning panel of the probation case study: a planning meeting
 * with five agencies the week after sentence agrees the actions in order of priority (somewhere
 * safe to live first; her drug and mental health first appointments; the police watching the
 * men; victim work and the salon once she is settled); each agency gets its own copy of the
 * plan, under consent or a statutory gateway. She becomes looked after in May and the plan is
 * aligned with her care plan; a review meeting at 12 weeks brings in the college and the careers
 * service; a three-way meeting with her new probation practitioner before her birthday plans the
 * hand-over, which happens on her 18th birthday and ends in `handoverPlan`. The case checks
 * clean at closure (`MULTI_AGENCY_EXAMPLE.asOfClosed`).
 *
 * @example
 * const state = replay(multiAgencyExampleEvents());
 * checkCase(state, { asOf: MULTI_AGENCY_EXAMPLE.asOfClosed }); // []
 * planView(state, 'agency', { agency: 'education', asOf: '2026-06-10' }).objectives.map((o) => o.id); // ['o-hair']
 */
export const MULTI_AGENCY_EXAMPLE = {
  caseId: 'case-jade',
  childId: 'child-jade',
  caseManager: 'pr-mo',
  manager: 'pr-manager-ana',
  /** The planning meeting with five agencies (a Friday, the week after sentence). */
  planningMeetingOn: '2026-03-13',
  /** A date during delivery of plan version 1 (before she became looked after). */
  asOfDuringDelivery: '2026-04-15',
  /** The review meeting at 12 weeks. */
  reviewMeetingOn: '2026-06-05',
  /** A date after plan version 2 was sent to the agencies. */
  asOfAfterReview: '2026-06-12',
  /** Her 18th birthday: the day the Probation Service takes over. */
  handedOverOn: '2026-09-14',
  /** A date after closure, for checks of the final state. */
  asOfClosed: '2026-10-30',
  /** The order's last day. */
  orderEnds: '2027-03-01',
} as const;

/**
 * The multi-agency example's event log (see {@link MULTI_AGENCY_EXAMPLE}): a 12-month youth
 * rehabilitation order opened for a 17-year-old, a planning meeting with five agencies, a plan
 * whose items are shared agency by agency, copies under a recorded lawful basis, a review
 * meeting, and the hand-over to probation at 18 with the review after it, to closure.
 *
 * @example
 * const state = replay(multiAgencyExampleEvents());
 * handoverPlan(state, { asOf: MULTI_AGENCY_EXAMPLE.handedOverOn }).sentencePlan.objectives.length; // 5
 */
export function multiAgencyExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
