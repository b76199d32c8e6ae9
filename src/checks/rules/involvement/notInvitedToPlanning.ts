import { expectedNow, involvementExpectedOn } from '../../../involvement/expected.js';
import { summarise } from '../../../involvement/summary.js';
import type { MeetingKind } from '../../../model/involvement.js';
import { defineRule } from '../../rule.js';

/**
 * `involvement.not-invited-to-planning`: once the plan is drafted for a child under the policy
 * age (default 18), at least one parent/carer was invited to plan it (a planning meeting, or the
 * youth offender panel that agrees a referral order contract), unless every parent/carer the
 * checks expect has a recorded reason not to be (not involved, could not be contacted, no-contact
 * restriction).
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.not-invited-to-planning'] });
 */
export const notInvitedToPlanning = defineRule({
  id: 'involvement.not-invited-to-planning',
  title: 'No parent or carer invited to planning',
  description:
    'A plan was drafted for a child under the policy age (default 18) but no parent or carer was invited to a planning meeting (or, for a referral order, the youth offender panel), and not every parent/carer has a recorded reason for not being involved.',
  severity: 'warning',
  source: {
    kind: 'inspection',
    citation:
      'HM Inspectorate of Probation youth inspection standards (planning: parents/carers meaningfully involved); YJB Child First: collaborate with children and their carers',
  },
  check: ({ state, asOf, policy }) => {
    const { record } = state;
    const first = record.plans[0];
    if (!first || first.drafted.on > asOf) return [];
    if (
      !involvementExpectedOn(
        record,
        first.drafted.on,
        policy.involvement.involvementExpectedBelowAge,
      )
    ) {
      return [];
    }
    const meetings: readonly MeetingKind[] = record.orders.some(
      (o) => o.order.type === 'referral-order',
    )
      ? ['planning-meeting', 'panel']
      : ['planning-meeting'];
    const summary = summarise(record, asOf);
    const invited = summary.people.some(
      (p) =>
        p.invitations.some((i) => meetings.includes(i.meeting)) ||
        p.attendance.some((a) => meetings.includes(a.meeting)),
    );
    if (invited) return [];
    const anyExpected = summary.people.some((p) => p.expected);
    const pending = expectedNow(summary).map((p) => p.personId);
    if (anyExpected && pending.length === 0) return [];
    return [
      {
        message: anyExpected
          ? 'No parent or carer was invited to plan the intervention plan, and no reason is recorded for those not invited'
          : 'No parent or carer is recorded for the child, so none was invited to plan the intervention plan',
        path: ['involvement', 'planning'],
        evidence: { planVersion: first.version, draftedOn: first.drafted.on, personIds: pending },
      },
    ];
  },
});
