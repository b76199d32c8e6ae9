/**
 * The youth offender panel meetings a referral order has held: the one definition that both the
 * panel progress-meeting clock and the parent's duty to attend each meeting read.
 * @internal
 */
import { caseOrders, type OrderAsOf } from '../lifecycle/orders.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';

/**
 * @internal A youth offender panel meeting held: the first panel, which agreed the contract (it
 * takes effect that day), or a later meeting recorded as a `panel-meeting` contact the child
 * attended.
 */
export type PanelMeetingHeld =
  | { readonly on: IsoDate; readonly source: 'contract' }
  | { readonly on: IsoDate; readonly source: 'contact'; readonly contactId: Id };

/**
 * @internal The panel meetings of a referral order held on or before `asOf`, one per day,
 * earliest first: the first panel (the day the contract was agreed: `order.contractAgreed`, or
 * the order's `startDate` when it came with its contract) and each `panel-meeting` contact with
 * the child recorded as `attended`. A panel
 * meeting the child did not attend did not meet with him or her: it counts for neither the
 * progress-meeting clock nor the parent's attendance. A review does not make a panel meeting
 * by itself; a review held with the panel is recorded with a `panel-meeting` contact on the day.
 * Other disposals have no panel: the list is empty.
 *
 * @example
 * panelMeetingsHeld(state.record, '2026-03-31').map((m) => m.on); // ['2025-09-23', '2025-12-17', '2026-02-17']
 */
export function panelMeetingsHeld(
  record: CaseRecord,
  asOf: IsoDate,
  orders: readonly OrderAsOf[] = caseOrders(record, asOf),
): PanelMeetingHeld[] {
  const referral = referralOrderOf(orders);
  if (referral?.type !== 'referral-order') return [];
  const byDay = new Map<IsoDate, PanelMeetingHeld>();
  const { startDate } = referral;
  if (startDate !== undefined && startDate <= asOf) {
    byDay.set(startDate, { on: startDate, source: 'contract' });
  }
  for (const c of record.contacts) {
    if (c.kind !== 'panel-meeting' || c.attendance !== 'attended' || c.date > asOf) continue;
    if (!byDay.has(c.date)) byDay.set(c.date, { on: c.date, source: 'contact', contactId: c.id });
  }
  return [...byDay.values()].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/**
 * @internal The referral order a case's panel meets for, as it stood: the newest one not revoked,
 * else the newest one.
 */
export function referralOrderOf(orders: readonly OrderAsOf[]): OrderAsOf['disposal'] | undefined {
  const referral = orders.filter((o) => o.disposal.type === 'referral-order');
  return (referral.findLast((o) => o.revokedOn === undefined) ?? referral.at(-1))?.disposal;
}
