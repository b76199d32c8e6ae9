import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { ordersInForce } from '../../src/lifecycle/ordersInForce.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { YRO_BREACH_EXAMPLE as EX, yroBreachExampleEvents } from '../../src/testing/index.js';

const events = yroBreachExampleEvents();
const state = replay(events);
/** The case as it stood at the end of a day (the checks judge the plan of the state given). */
const stateOn = (day: string) => replay(events.filter((e) => e.at.slice(0, 10) <= day));

describe('the orders example (Tyler: a YRO through breach, amendment and resentence)', () => {
  it('replays to delivery in custody on the new order', () => {
    expect(state.stage).toBe('delivery');
    expect(state.record.orders.map((o) => [o.order.id, o.made.how])).toEqual([
      ['d-yro', 'opening'],
      ['d-dto', 'resentence'],
    ]);
  });

  it('sees the order as made before the amendment, and as amended after it', () => {
    const [before] = ordersInForce(state, EX.beforeAmendment);
    expect(before?.end).toBe(EX.orderEndsAsMade);
    expect(before?.requirements.map((r) => r.id)).not.toContain('req-upw');
    const [after] = ordersInForce(state, EX.afterAmendment);
    expect(after?.end).toBe(EX.orderEndsAsAmended);
    expect(after?.requirements.map((r) => r.id)).toContain('req-upw');
    expect(after?.variedOn).toEqual(['2025-05-20']);
  });

  it('checks the unpaid work added on breach only from the day it was added', () => {
    const rules = ['disposal.requirement-unaddressed'];
    const at = (asOf: string) =>
      checkCase(stateOn(asOf), { asOf, rules }).flatMap((f) =>
        f.path.includes('req-upw') ? [f] : [],
      );
    expect(at(EX.beforeAmendment)).toEqual([]);
    // Added on 20 May; the plan of 23 May delivers it.
    expect(at('2025-05-21').map((f) => f.rule)).toEqual(['disposal.requirement-unaddressed']);
    expect(at(EX.afterAmendment)).toEqual([]);
  });

  it('checkCase at a date before the variation sees the order as it was then', () => {
    // The amendment of 20 May is recorded; the plan does not deliver the unpaid work yet.
    const amended = stateOn('2025-05-21');
    const upw = (asOf: string) =>
      checkCase(amended, { asOf, rules: ['disposal.requirement-unaddressed'] }).filter((f) =>
        f.path.includes('req-upw'),
      );
    expect(upw('2025-05-19')).toEqual([]);
    expect(upw('2025-05-20')).toHaveLength(1);
  });

  it('ends the YRO the day before the resentence and puts the DTO in force', () => {
    const inCustody = ordersInForce(state, EX.inCustody);
    expect(inCustody.map((o) => o.type)).toEqual(['detention-and-training-order']);
    expect(inCustody[0]?.custodyPhaseEnd).toBe('2026-01-06');
    expect(ordersInForce(state, '2025-10-05').map((o) => o.type)).toEqual([
      'youth-rehabilitation-order',
    ]);
  });

  it('keeps the revoked order in the record with its variation and revocation', () => {
    const yro = state.record.orders[0];
    expect(yro?.variations).toHaveLength(1);
    expect(yro?.variations[0]?.breachOutcomeId).toBe('bo-1');
    expect(yro?.revocation?.revokedOn).toBe('2025-10-06');
  });

  it('schedules the end-of-order review from the order in force on the day', () => {
    const asMade = reviewSchedule(state, { asOf: EX.beforeAmendment }).endOfOrderReviewBy;
    const amended = reviewSchedule(state, { asOf: EX.afterAmendment }).endOfOrderReviewBy;
    expect(asMade).toBeDefined();
    expect(amended).toBeDefined();
    expect((asMade as string) <= EX.orderEndsAsMade).toBe(true);
    expect((amended as string) > EX.orderEndsAsMade).toBe(true);
    expect((amended as string) <= EX.orderEndsAsAmended).toBe(true);
  });

  it('calls for a review of the resentence until one is triggered, then a pre-release review', () => {
    const resentenced = reviewSchedule(state, { asOf: '2025-10-06' });
    expect(resentenced.unactionedTriggers.map((t) => [t.trigger, t.source])).toEqual([
      ['new-order', { kind: 'new-order', id: 'd-dto' }],
    ]);
    const custody = reviewSchedule(state, { asOf: EX.inCustody });
    expect(custody.unactionedTriggers).toEqual([]);
    expect(custody.custodyReleaseReviewBy).toBeDefined();
    expect((custody.custodyReleaseReviewBy as string) <= '2026-01-06').toBe(true);
  });

  it('checks clean on the days it shows', () => {
    for (const asOf of [EX.beforeAmendment, EX.afterAmendment, EX.inCustody]) {
      const found = checkCase(stateOn(asOf), { asOf });
      expect(found.map((f) => `${asOf} ${f.rule} ${f.path.join('/')}`)).toEqual([]);
    }
  });
});
