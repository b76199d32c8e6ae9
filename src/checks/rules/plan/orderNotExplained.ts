import { maxDate } from '../../../_lib/calendar.js';
import { nonComplianceConsequences } from '../../../law/compliance.js';
import { activePlan } from '../../../lifecycle/derive.js';
import { defineRule } from '../../rule.js';
import { currentOrders } from '../_lib/orders.js';
import { DELIVERY_EVIDENCE } from '../delivery/_lib/sources.js';
import { PLANNING_YOUTH } from './_lib/sources.js';

/**
 * `plan.order-not-explained` (warning): the disposal asks something of the child that the YOS
 * enforces (an order's requirements, a contract, a conditional caution's conditions, licence or
 * supervision after custody), a plan version is active, and no record of the child's agreement
 * says that the requirements and the consequences of not complying were explained to the child
 * (`requirementsExplained` and `consequencesExplained` on the child's agreement to any version),
 * recorded on or after the newest change to such an order (a contract agreed at the panel, a
 * variation, a new order): after a change the child is asked again.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.order-not-explained'] });
 * // [{ path: ['agreements', 'child', 'explained'], evidence: { requirementsExplained: false, consequencesExplained: false } }]
 */
export const orderNotExplained = defineRule({
  id: 'plan.order-not-explained',
  title: 'The child has been told what the order asks and what follows if they do not comply',
  description:
    'For a disposal whose terms the child must keep (a youth conditional caution, a reparation or referral order, a youth rehabilitation order, supervision or licence after custody), once a plan version is active, the child’s agreement to a plan version records that the order’s requirements were explained (`requirementsExplained`) and what happens if they are not complied with (`consequencesExplained`). When an order changes (the contract agreed at the panel, a variation such as requirements amended on breach, a new order or a resentence), the explanation is asked for again: only a record made on or after the change counts. A shared understanding of expectations, reached with the child, comes before any formal response to non-compliance: explaining the consequences is part of exercising authority fairly.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${PLANNING_YOUTH} (a shared understanding of expectations); ${DELIVERY_EVIDENCE} (the consequences of non-compliance explained)`,
  },
  check: ({ state, asOf }) => {
    const { record } = state;
    const enforced = currentOrders(state, asOf).filter(
      (o) => o.disposal.type in nonComplianceConsequences,
    );
    const principal = enforced.find((o) => o.principal) ?? enforced[0];
    if (principal === undefined) return [];
    const plan = activePlan(record);
    if (!plan?.activatedOn || plan.activatedOn > asOf) return [];
    // The newest change to an enforced order: the explanation must be given after it.
    const since = enforced.reduce((d, o) => maxDate(d, o.changedOn), record.openedOn);
    const childs = record.agreements.filter(
      (a) =>
        a.party.kind === 'child' &&
        a.planVersion <= plan.version &&
        a.recordedOn <= asOf &&
        a.recordedOn >= since,
    );
    const requirementsExplained = childs.some((a) => a.requirementsExplained === true);
    const consequencesExplained = childs.some((a) => a.consequencesExplained === true);
    if (requirementsExplained && consequencesExplained) return [];
    return [
      {
        message: `No record that the child has been told ${
          requirementsExplained
            ? 'what happens if the order is not complied with'
            : consequencesExplained
              ? 'what the order requires'
              : 'what the order requires and what happens if it is not complied with'
        }`,
        path: ['agreements', 'child', 'explained'],
        evidence: {
          disposalType: principal.disposal.type,
          requirementsExplained,
          consequencesExplained,
          ...(since > record.openedOn && { orderChangedOn: since }),
        },
      },
    ];
  },
});
