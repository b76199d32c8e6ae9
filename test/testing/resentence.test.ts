import { describe, expect, it } from 'vitest';
import { checkCase, replay } from '../../src/index.js';
import type { CaseEvent } from '../../src/lifecycle/events/index.js';
import { RESENTENCE, simulateCase } from '../../src/testing/index.js';

type Payload = Record<string, unknown> & {
  outcome?: string;
  trigger?: string;
  reason?: string;
  revocation?: { reason: string; resentence?: { type: string; id: string } };
};

/** 2,000 simulated youth rehabilitation orders (one in four with ISS), with what breach and further offences led to. */
const cases = Array.from({ length: 2000 }, (_, i) => {
  const file = simulateCase({
    seed: 5000 + i,
    disposalType: i % 4 === 0 ? 'youth-rehabilitation-order-iss' : 'youth-rehabilitation-order',
  });
  const events = file.events as CaseEvent[];
  const payload = (e: CaseEvent) => e.payload as Payload;
  const revocations = events.flatMap((e) => {
    const r = payload(e).revocation;
    return r ? [{ event: e, revocation: r }] : [];
  });
  return { file, events, payload, revocations };
});

describe('revocation and resentence in the simulator', () => {
  it('revokes and resentences at about the documented share of breach hearings at court', () => {
    const outcomes = cases.flatMap((c) =>
      c.events.filter((e) => e.type === 'compliance.breachOutcomeRecorded').map(c.payload),
    );
    const revoked = outcomes.filter((p) => p.outcome === 'order-revoked-resentenced');
    expect(outcomes.length).toBeGreaterThan(200);
    expect(revoked.length / outcomes.length).toBeGreaterThan(RESENTENCE.onBreach / 3);
    expect(revoked.length / outcomes.length).toBeLessThan(RESENTENCE.onBreach * 3);
    expect(revoked.every((p) => p.revocation?.resentence !== undefined)).toBe(true);
  });

  it('resentences about the documented share of further offences during the order', () => {
    let furtherOffences = 0;
    let resentenced = 0;
    for (const c of cases) {
      for (const e of c.events) {
        if (e.type === 'review.triggered' && c.payload(e).trigger === 'new-offence')
          furtherOffences++;
        if (e.type === 'order.revoked') {
          expect(c.payload(e).revocation?.reason).toBe('further-offence');
          furtherOffences++;
          resentenced++;
        }
      }
    }
    expect(furtherOffences).toBeGreaterThan(30);
    expect(resentenced / furtherOffences).toBeGreaterThan(RESENTENCE.onFurtherOffence / 2);
    expect(resentenced / furtherOffences).toBeLessThan(RESENTENCE.onFurtherOffence * 2);
  });

  it('carries a resentenced case on under its new sentence: a review of the new order, a plan for it, closure at its end', () => {
    const resentenced = cases.filter((c) => c.revocations.length > 0);
    expect(resentenced.length).toBeGreaterThan(10);
    for (const c of resentenced) {
      const at = c.events.indexOf(c.revocations[0]?.event as CaseEvent);
      const after = c.events.slice(at + 1);
      expect(
        after.some((e) => e.type === 'review.triggered' && c.payload(e).trigger === 'new-order'),
      ).toBe(true);
      const state = replay(c.file.events);
      expect(state.record.disposal?.id).toBe(c.revocations.at(-1)?.revocation.resentence?.id);
      expect(state.stage).toBe('closed');
      expect(state.record.closure?.reason).not.toBe('resentenced');
    }
  });

  it('gives resentenced cases that check through checkCase with no error finding', () => {
    const errors: string[] = [];
    for (const c of cases.filter((x) => x.revocations.length > 0)) {
      const state = replay(c.file.events);
      const asOf = c.events.at(-1)?.at.slice(0, 10) ?? '2026-01-01';
      for (const f of checkCase(state, { asOf })) {
        if (f.severity === 'error' && !f.overridden) errors.push(`${state.caseId} ${f.rule}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('takes a child resentenced to custody into custody and releases them in the case', () => {
    const custodial = cases.filter((c) =>
      c.revocations.some((r) => r.revocation.resentence?.type === 'detention-and-training-order'),
    );
    expect(custodial.length).toBeGreaterThan(0);
    for (const c of custodial) {
      const at = c.events.indexOf(c.revocations[0]?.event as CaseEvent);
      expect(c.events.slice(at + 1).some((e) => e.type === 'custody.phaseEnded')).toBe(true);
    }
  });

  it('changes an order on breach only while it runs: an outcome after its end carries no change', () => {
    // This case's panel decides the breach after the referral order has ended.
    const file = simulateCase({ seed: 632813445, start: '2024-02-05' });
    const outcome = file.events.find((e) => e.type === 'compliance.breachOutcomeRecorded');
    expect(outcome).toBeDefined();
    expect((outcome?.payload as Payload | undefined)?.variation).toBeUndefined();
    expect(replay(file.events).events.length).toBe(file.events.length);
  });
});
