import { ageOn } from '../../../_lib/calendar.js';
import { isCorporateParent, isParentOrGuardian } from '../../../involvement/roles.js';
import { summarise } from '../../../involvement/summary.js';
import type { PersonInvolvement } from '../../../involvement/types.js';
import { referralOrderLaw } from '../../../law/referralOrder.js';
import type { IsoDate } from '../../../model/dates.js';
import { panelMeetingsHeld, referralOrderOf } from '../../../schedule/panelMeetings.js';
import { defineRule } from '../../rule.js';
import { ordersAt } from '../_lib/orders.js';

const attendedPanelOn = (p: PersonInvolvement, on: IsoDate) =>
  p.attendance.some((a) => a.attended && a.meeting === 'panel' && a.on === on);

/**
 * `involvement.panel-attendance-required` (warning): on a referral order where a parent or guardian must
 * attend the youth offender panel (the court ordered it, or the child was under 16 when the order
 * was made and the court did not find it unreasonable), one attended each panel meeting; for a
 * looked-after child under 16, a representative of the local authority. The meetings are those
 * `panelMeetingsHeld` gives (the first panel, and each `panel-meeting` contact the child
 * attended), the same ones that restart the panel progress-meeting clock. Attendance counts when
 * an `attended` record for the panel is dated the meeting's day.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.panel-attendance-required'] });
 */
export const panelAttendanceRequired = defineRule({
  id: 'involvement.panel-attendance-required',
  title: 'A parent or guardian the court ordered to attend is at the youth offender panel',
  description:
    'Where a referral order requires a parent or guardian to attend the youth offender panel (the court ordered it, or the child was under 16 when the order was made), or a local authority representative for a looked-after child under 16, one is recorded as attending each panel meeting held (a parent or carer named among those who agreed the youth offender contract at a panel attended it). The duty to attend is the parent’s, not the YOS’s: a parent who fails to attend is in breach of the court’s order, and may be referred to the youth court by the panel (s.93), which may make a parenting order (s.368). The YOS’s part is to invite them, record attendance, and consider that referral. A warning: a missing parent is the parent’s breach, not an unlawful act of the service.',
  severity: 'warning',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 s.90 (order to attend; s.90(3) looked-after children), s.92 (each meeting), s.93 (referral of a parent who fails to attend), s.368 (parenting order)',
  },
  check: ({ state, asOf }) => {
    const { record } = state;
    const { child } = record;
    const orders = ordersAt(state, asOf);
    const disposal = referralOrderOf(orders);
    if (disposal?.type !== 'referral-order') return [];
    const age = ageOn(child.dateOfBirth, disposal.sentenceDate);
    const under16 = age < referralOrderLaw.parentMustAttendBelowAge;
    const required =
      disposal.parentOrderedToAttend || (under16 && disposal.parentAttendanceUnreasonable !== true);
    if (!required) return [];
    const needsAuthority = child.lookedAfter && under16;
    const counts = (p: PersonInvolvement) => {
      const person = record.people.find((q) => q.id === p.personId);
      if (!person) return false;
      if (needsAuthority) return isCorporateParent(person);
      return isParentOrGuardian(person) || (child.lookedAfter && isCorporateParent(person));
    };
    const people = summarise(record, asOf).people.filter(counts);
    // A parent/carer who agreed the youth offender contract at a panel attended that panel.
    const agreedAt = new Map<string, readonly string[]>();
    for (const o of record.orders) {
      if (o.contract) agreedAt.set(o.contract.agreedOn, o.contract.agreedBy.parentsCarers ?? []);
    }
    return panelMeetingsHeld(record, asOf, orders)
      .map((m) => m.on)
      .filter(
        (on) =>
          !people.some(
            (p) => attendedPanelOn(p, on) || (agreedAt.get(on) ?? []).includes(p.personId),
          ),
      )
      .map((on) => ({
        message: needsAuthority
          ? 'No local authority representative is recorded as attending this youth offender panel meeting, which the law requires of the authority for a looked-after child under 16: record their attendance, or the authority’s failure to attend'
          : 'No parent or guardian is recorded as attending this youth offender panel meeting, which the court ordered them to attend: record their attendance, or consider referring their failure to attend to the youth court',
        path: ['panel-meetings', on],
        evidence: {
          meetingOn: on,
          ageWhenOrderMade: age,
          parentOrderedToAttend: disposal.parentOrderedToAttend,
          lookedAfter: child.lookedAfter,
        },
      }));
  },
});
