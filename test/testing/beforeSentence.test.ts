import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { ordersInForce } from '../../src/lifecycle/ordersInForce.js';
import { replay } from '../../src/lifecycle/replay.js';
import { isCourtOrder } from '../../src/model/disposal/index.js';
import {
  beforeSentenceOf,
  OPENED_BEFORE_SENTENCE,
  simulateCase,
  simulateCaseload,
} from '../../src/testing/simulator/simulateCase.js';

type Payload = Record<string, unknown>;

describe('the simulator: cases opened on bail or remand before sentence', () => {
  const files = [...simulateCaseload({ seed: 3, cases: 600 })];
  const opening = (f: (typeof files)[number]) => f.events[0]?.payload as Payload;
  const before = files.filter((f) => opening(f).bailOrRemand !== undefined);

  it('opens about one court order in ten on bail or remand', () => {
    const courtOrders = files.filter((f) => {
      const made = f.events.find((e) => e.type === 'order.made');
      const disposal = (opening(f).disposal ?? (made?.payload as Payload)?.disposal) as never;
      return disposal !== undefined && isCourtOrder(disposal);
    });
    const share = before.length / courtOrders.length;
    expect(share).toBeGreaterThan(OPENED_BEFORE_SENTENCE.share / 2);
    expect(share).toBeLessThan(OPENED_BEFORE_SENTENCE.share * 2);
  });

  it('sentences each such case with order.made, weeks later, and then runs the order', () => {
    expect(before.length).toBeGreaterThan(10);
    const kinds = new Set<unknown>();
    for (const f of before) {
      const opened = opening(f);
      const remand = opened.bailOrRemand as { kind: string; decidedOn: string };
      kinds.add(remand.kind);
      const made = f.events.find((e) => e.type === 'order.made');
      const sentencedOn = (made?.payload as { disposal: { sentenceDate: string } } | undefined)
        ?.disposal.sentenceDate as string;
      const weeks = (Date.parse(sentencedOn) - Date.parse(remand.decidedOn)) / (7 * 86_400_000);
      expect(weeks).toBeGreaterThanOrEqual(OPENED_BEFORE_SENTENCE.weeks[0]);
      expect(weeks).toBeLessThanOrEqual(OPENED_BEFORE_SENTENCE.weeks[1]);
      const state = replay(f.events);
      expect(ordersInForce(state, remand.decidedOn)).toEqual([]);
      expect(ordersInForce(state, sentencedOn)).toHaveLength(1);
      const errors = checkCase(state, { asOf: sentencedOn }).filter((x) => x.severity === 'error');
      expect(errors).toEqual([]);
    }
    expect(kinds).toEqual(new Set(['bail-supervision-and-support', 'remand-local-authority']));
  });

  it('decides from the seed alone, so no other choice of a case changes', () => {
    expect(beforeSentenceOf(12345)).toEqual(beforeSentenceOf(12345));
    const drawn = Array.from({ length: 2000 }, (_, i) => beforeSentenceOf(i)).filter(Boolean);
    expect(drawn.length / 2000).toBeCloseTo(OPENED_BEFORE_SENTENCE.share, 1);
  });

  it('opens a court order at sentence when the child was not yet 10 on the day bail would have been decided', () => {
    // Seed 26198 draws bail 3 to 8 weeks before sentence for a child who turned 10 since.
    expect(beforeSentenceOf(26198)).toBeDefined();
    const file = simulateCase({ seed: 26198, disposalType: 'youth-rehabilitation-order' });
    const opened = file.events[0]?.payload as Payload;
    expect(opened.bailOrRemand).toBeUndefined();
    expect(opened.disposal).toBeDefined();
    expect(replay(file.events).events.length).toBe(file.events.length);
  });
});
