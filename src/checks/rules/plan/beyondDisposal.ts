import { requirementLimits } from '../../../law/yroRequirements.js';
import type { OrderAsOf } from '../../../lifecycle/orders.js';
import type { IsoDate } from '../../../model/dates.js';
import { periodEnd } from '../../../model/disposal/period.js';
import type { PlanAction } from '../../../model/plan.js';
import { defineRule } from '../../rule.js';
import { currentOrders, ordersEndAt } from '../_lib/orders.js';
import { liveActions, planUnderCheck } from './_lib/subject.js';

/**
 * The last day an action delivering `requirementId` of order `o` can be compelled. A YRO stays in
 * force until its unpaid work is done, within the 12 months the work must fall in (Sentencing Act
 * 2020 s.198(3), Sch. 6 para. 10(1)(b)), so unpaid work may lawfully be due after the end date.
 */
function lastCompellableDay(o: OrderAsOf, end: IsoDate, requirementId?: string): IsoDate {
  const kind = o.requirements.find((r) => r.id === requirementId)?.kind;
  if (kind !== 'unpaid-work') return end;
  const window = periodEnd(o.start, requirementLimits['unpaid-work'].completeWithinMonths);
  return window > end ? window : end;
}

/** The order an action delivers: the one it names, else the one holding its requirement. */
function orderOf(a: PlanAction, orders: readonly OrderAsOf[]): OrderAsOf | undefined {
  if (a.orderId !== undefined) return orders.find((o) => o.id === a.orderId);
  const id = a.deliversRequirement;
  return id === undefined ? undefined : orders.find((o) => o.requirements.some((r) => r.id === id));
}

/**
 * `plan.beyond-disposal` (warning): an action the order compels (not marked `voluntary`) falls
 * due after the disposal ends. Support that continues after the order is encouraged, marked as
 * voluntary.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.beyond-disposal'] });
 * // [{ path: ['plan', 'actions', 'act-7'], evidence: { dueDate: '2027-10-01', disposalEndDate: '2027-09-13' }, ... }]
 */
export const beyondDisposal = defineRule({
  id: 'plan.beyond-disposal',
  title: 'Compelled actions fall within the disposal',
  description:
    'An action that is not marked voluntary is part of what the disposal requires, and cannot be required after it ends. Flags compelled actions due after the disposal’s last day, as known on the day checked: a referral order counted from the contract agreed at the panel, an order as extended or varied by then, the day before a revocation. An action delivering a requirement (or naming an order) is judged against that order’s end; any other against the last day of the case’s orders. Unpaid work under a YRO may run past the end date within its 12 months, because the order stays in force until the work is done. Support that continues after the order is good practice: mark it `voluntary: true`.',
  severity: 'warning',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 s.187 (a YRO’s end date), s.198(3) and Sch. 6 para. 10(1)(b) (unpaid work); continuing services after the disposal: HM Inspectorate of Probation, effective practice evidence base: "Planning" (youth justice, 2023)',
  },
  check: ({ state, asOf }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const orders = currentOrders(state, asOf);
    const caseEnd = ordersEndAt(state, asOf);
    const findings = [];
    for (const a of liveActions(state.record, version)) {
      if (a.voluntary || a.dueDate === undefined) continue;
      const order = orderOf(a, orders);
      const end = order ? order.end : caseEnd;
      if (end === undefined) continue;
      const lastDay = order ? lastCompellableDay(order, end, a.deliversRequirement) : end;
      if (a.dueDate <= lastDay) continue;
      findings.push({
        message:
          'An action the disposal compels is due after the disposal ends: bring it within the order, or mark continuing support as voluntary',
        path: ['plan', 'actions', a.id],
        evidence: {
          actionId: a.id,
          dueDate: a.dueDate,
          disposalEndDate: end,
          lastCompellableDay: lastDay,
        },
      });
    }
    return findings;
  },
});
