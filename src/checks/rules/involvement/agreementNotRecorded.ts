import { expectedNow, involvementExpectedOn } from '../../../involvement/expected.js';
import { summarise } from '../../../involvement/summary.js';
import { activePlan } from '../../../lifecycle/derive.js';
import { defineRule } from '../../rule.js';

/**
 * `involvement.agreement-not-recorded`: while a plan version is active for a child under the
 * policy age (default 18), each parent/carer the checks expect to be involved has an agreement
 * status for that version (agreed, agreed with misgivings, disagreed, could not be discussed),
 * from a `plan.agreementRecorded` event or a `plan-agreement` involvement record: either counts.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.agreement-not-recorded'] });
 */
export const agreementNotRecorded = defineRule({
  id: 'involvement.agreement-not-recorded',
  title: 'Parent or carer agreement not recorded',
  description:
    'A plan version is active but a parent or carer who is expected to be involved has no agreement status for it (from plan.agreementRecorded or a plan-agreement involvement record) and no recorded reason for not being involved.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation:
      'HM Inspectorate of Probation effective practice guide: planning (a plan not understood or agreed is unlikely to be implemented); local procedures: plan agreed by the child and parent(s)/carer(s)',
  },
  check: ({ state, asOf, policy }) => {
    const { record } = state;
    const plan = activePlan(record);
    if (!plan?.activatedOn || plan.activatedOn > asOf) return [];
    const below = policy.involvement.involvementExpectedBelowAge;
    if (!involvementExpectedOn(record, plan.activatedOn, below)) return [];
    return expectedNow(summarise(record, asOf))
      .filter((p) => !p.agreements.some((a) => a.planVersion === plan.version))
      .map((p) => ({
        message: 'No agreement status is recorded for this parent/carer on the active plan version',
        path: ['people', p.personId, 'plans', plan.version],
        evidence: { personId: p.personId, planVersion: plan.version },
      }));
  },
});
