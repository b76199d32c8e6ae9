import { responsibleOfficerDuties } from '../../../law/compliance.js';
import type { OrderAsOf } from '../../../lifecycle/orders.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { currentOrders, orderPath } from '../_lib/orders.js';
import { requirementNature } from './_lib/childLoad.js';
import { liveActions, planUnderCheck } from './_lib/subject.js';

/**
 * `disposal.requirement-unaddressed` (warning): a requirement of the disposal the plan makes no
 * arrangement for. A requirement the child attends (supervision, a programme, unpaid work, a
 * contract's reparation...) needs a plan action (not cancelled) delivering it; a restriction the
 * child complies with (curfew, exclusion, electronic monitoring, prohibited activity, residence,
 * a stay-away term) needs a monitoring arrangement (`plan.monitoring`: who monitors it, how); an
 * action delivering it is accepted too, as the older way of recording the arrangement. A
 * conditional caution's condition may be met either way.
 *
 * @example
 * checkCase(state, { asOf, rules: ['disposal.requirement-unaddressed'] });
 * // [{ path: ['disposal', 'requirements', 'req-curfew'], evidence: { requirementId: 'req-curfew', kind: 'curfew', nature: 'complied-with' }, ... }]
 */
export const requirementUnaddressed = defineRule({
  id: 'disposal.requirement-unaddressed',
  title: 'Every requirement of the disposal is arranged for: delivered or monitored',
  description:
    'The responsible officer makes the arrangements each requirement needs; the law asks for arrangements, not for a plan objective. A requirement the child attends or takes part in (supervision, activity, programme, unpaid work, attendance centre, treatment, education; a contract’s reparation, sessions or meetings) has at least one plan action (not cancelled) delivering it (`deliversRequirement`). A restriction the child complies with (curfew, exclusion, electronic monitoring, prohibited activity, residence, local authority residence, fostering; a contract’s at-home or stay-away terms) has a monitoring arrangement in the plan (`monitoring`: who monitors it and how), or an action delivering it; no “keep to the curfew” objective is needed. A conditional caution’s condition may be met either way. A warning, not an error: a missing record in the plan does not make the order unlawful, and an arrangement made outside the plan can be recorded with an override. The requirements judged are those of the orders the case held on the day checked (not revoked), as they stood then: a referral order’s contract terms once agreed, a varied order’s requirements as varied. An action naming an order (`orderId`) delivers that order’s requirement only.',
  severity: 'warning',
  source: {
    kind: 'law',
    citation: `${responsibleOfficerDuties.source}; s.106(3)(a) (referral order: the YOT supervises compliance with the contract); Crime and Disorder Act 1998 s.66A (conditional caution conditions)`,
  },
  check: ({ state, asOf }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const actions = liveActions(state.record, version);
    const monitored = new Set((version.plan.monitoring ?? []).map((m) => m.requirementId));
    const findings: RawFinding[] = [];
    for (const o of currentOrders(state, asOf)) {
      const delivered = new Set(
        actions
          .filter((a) => a.orderId === undefined || a.orderId === o.id)
          .map((a) => a.deliversRequirement),
      );
      findings.push(...unaddressed(o, delivered, monitored));
    }
    return findings;
  },
});

/** The requirements of one order with no arrangement in the plan. */
function unaddressed(
  o: OrderAsOf,
  delivered: ReadonlySet<string | undefined>,
  monitored: ReadonlySet<string>,
): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const r of o.requirements) {
    const nature = requirementNature(r);
    if (delivered.has(r.id)) continue;
    if (nature !== 'delivered' && monitored.has(r.id)) continue;
    const what =
      r.kind === 'caution-condition'
        ? 'A condition of the conditional caution'
        : `The ${r.label.toLowerCase()} requirement of the disposal`;
    findings.push({
      message:
        nature === 'complied-with'
          ? `${what} has no monitoring arrangement recorded: say who monitors it and how`
          : nature === 'either'
            ? `${what} has no plan action delivering it and no monitoring arrangement`
            : `${what} has no plan action delivering it`,
      path: [...orderPath(o), 'requirements', r.id],
      evidence: { requirementId: r.id, kind: r.kind, nature },
    });
  }
  return findings;
}
