import { excuseOn } from '../../../involvement/excuse.js';
import { expectedToBeInvolved } from '../../../involvement/roles.js';
import { eighteenthBirthday, transitionDecisionOf } from '../../../lifecycle/agencyFacts.js';
import type { CaseRecord } from '../../../lifecycle/record.js';
import type { CaseMeeting } from '../../../model/agencies.js';
import { defineRule } from '../../rule.js';
import { ordersEndAt } from '../_lib/orders.js';
import { planUnderCheck } from '../plan/_lib/subject.js';
import { TRANSITIONS } from './sources.js';

/** Parents/carers the checks expect to be involved on the day, with no reason they are not. */
function familyToInvolve(record: CaseRecord, on: string): string[] {
  return record.people
    .filter((p) => {
      if (!expectedToBeInvolved(p)) return false;
      const standing = record.involvement
        .filter((e) => e.invalidated === undefined && e.record.personId === p.id)
        .map((e) => e.record);
      return excuseOn(p, standing, on) === undefined;
    })
    .map((p) => p.id);
}

const withChild = (m: CaseMeeting) => m.attended.some((p) => p.kind === 'child');

/** Whether the receiving Probation Service was at the meeting: the third party of the three. */
const withProbation = (m: CaseMeeting) =>
  m.attended.some((p) => p.kind === 'agency' && p.agency === 'probation');

/**
 * `plan.transition-not-planned-with-child` (warning): the order runs past the child's 18th
 * birthday and the case is to be transferred to probation, and by the birthday (or the hand-over,
 * if earlier) no transition meeting was held before it that the child attended, the family
 * (a parent/carer the checks expect to be involved, with no recorded reason not to be) was not
 * invited to it, or the Probation Service did not attend it (the meeting is three-way). The
 * evidence leaves out the birthday.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.transition-not-planned-with-child'] });
 * // [{ path: ['transition'], evidence: { decision: 'transfer', childAttended: false, familyInvited: false, probationAttended: false } }]
 */
export const transitionNotPlannedWithChild = defineRule({
  id: 'plan.transition-not-planned-with-child',
  title: 'The hand-over at 18 is planned with the child and family',
  description:
    'When the order runs past the child’s 18th birthday and the case is to be transferred to the Probation Service (`transition.decided`, or a transition recorded in the exit plan), the hand-over is planned with the child and the family before the birthday: a three-way transition meeting (`meeting.held`, kind `transition-meeting`) is held before the birthday, the child and the receiving Probation Service (an attendee of agency `probation`) attend it, and a parent/carer the checks expect to be involved is invited to it or attends (unless none is, or each has a recorded reason not to be: a no-contact restriction, `not-involved`, `could-not-contact`). Judged from the birthday, or from the hand-over if that is recorded first.',
  severity: 'warning',
  source: { kind: 'yjb-guidance', citation: TRANSITIONS },
  check: ({ state, asOf }) => {
    const { record } = state;
    const version = planUnderCheck(record);
    const end = ordersEndAt(state, asOf);
    const birthday = eighteenthBirthday(record.child.dateOfBirth);
    if (end === undefined || end < birthday) return [];
    const decision = transitionDecisionOf(
      record,
      [version?.plan.exitPlan, record.closure?.exitPlan],
      asOf,
    );
    if (decision?.decision !== 'transfer') return [];
    const judgedFrom =
      record.handover && record.handover.on < birthday ? record.handover.on : birthday;
    if (asOf < judgedFrom) return [];
    const before = record.meetings
      .map((m) => m.meeting)
      .filter((m) => m.kind === 'transition-meeting' && m.on < birthday);
    const meeting = before.find(withChild) ?? before.at(-1);
    const childAttended = meeting !== undefined && withChild(meeting);
    const family = meeting ? familyToInvolve(record, meeting.on) : familyToInvolve(record, asOf);
    const familyInvited =
      family.length === 0 ||
      (meeting !== undefined &&
        [...meeting.invited, ...meeting.attended].some((p) =>
          p.kind === 'parent-carer' ? family.includes(p.personId) : false,
        ));
    const probationAttended = meeting !== undefined && withProbation(meeting);
    if (childAttended && familyInvited && probationAttended) return [];
    return [
      {
        message: !meeting
          ? 'The case is being transferred to probation and no transition meeting was held with the child before their 18th birthday'
          : !childAttended
            ? 'The transition meeting before the 18th birthday was held without the child'
            : !familyInvited
              ? 'The family was not invited to the transition meeting before the 18th birthday'
              : 'The Probation Service was not at the transition meeting before the 18th birthday',
        path: ['transition'],
        evidence: {
          decision: 'transfer',
          ...(meeting && { meetingId: meeting.id, meetingOn: meeting.on }),
          childAttended,
          familyInvited,
          probationAttended,
        },
      },
    ];
  },
});
