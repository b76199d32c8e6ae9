import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { ordersInForce } from '../../src/lifecycle/ordersInForce.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { REMAND_EXAMPLE as EX, remandExampleEvents } from '../../src/testing/index.js';

const events = remandExampleEvents();
const state = replay(events);
const stateOn = (day: string) => replay(events.filter((e) => e.at.slice(0, 10) <= day));

describe('the remand example (Ellis: remand, bail, then sentence)', () => {
  it('opens with no order, is assessed and planned on bail, and is in delivery at the end', () => {
    expect(stateOn(EX.onBail).stage).toBe('delivery');
    expect(stateOn(EX.onBail).record.disposal).toBeUndefined();
    expect(state.stage).toBe('delivery');
  });

  it('keeps the remand, then the bail that replaced it, and ends the bail at sentence', () => {
    expect(state.record.bailAndRemand.map((r) => [r.kind, r.endedOn])).toEqual([
      ['remand-local-authority', '2025-03-03'],
      ['bail-supervision-and-support', EX.sentencedOn],
    ]);
  });

  it('has no order in force on bail and the YRO from the day of sentence', () => {
    expect(ordersInForce(state, EX.onBail)).toEqual([]);
    const [order] = ordersInForce(state, EX.sentencedOn);
    expect(order).toMatchObject({ type: 'youth-rehabilitation-order', start: EX.sentencedOn });
    expect(order?.end).toBe(EX.orderEnds);
    expect(state.record.orders[0]?.made.how).toBe('sentence');
  });

  it('has no end-of-order review on bail, and one counted from the order once sentenced', () => {
    expect(reviewSchedule(stateOn(EX.onBail), { asOf: EX.onBail }).endOfOrderReviewBy).toBe(
      undefined,
    );
    const by = reviewSchedule(state, { asOf: EX.onOrder }).endOfOrderReviewBy;
    expect(by !== undefined && by <= EX.orderEnds && by > EX.sentencedOn).toBe(true);
  });

  it('calls for a review of the sentence until one is triggered', () => {
    const [trigger] = reviewSchedule(stateOn(EX.sentencedOn), {
      asOf: EX.sentencedOn,
    }).unactionedTriggers;
    expect(trigger).toMatchObject({
      trigger: 'new-order',
      source: { kind: 'new-order', id: 'd-yro' },
    });
    expect(reviewSchedule(state, { asOf: EX.onOrder }).unactionedTriggers).toEqual([]);
  });

  it('checks clean on bail and on the order', () => {
    for (const asOf of [EX.onBail, EX.onOrder]) {
      const found = checkCase(stateOn(asOf), { asOf });
      expect(found.map((f) => `${asOf} ${f.rule} ${f.path.join('/')}`)).toEqual([]);
    }
  });
});
