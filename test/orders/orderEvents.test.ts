import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { Result } from '../../src/errors/result.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { ordersInForce } from '../../src/lifecycle/ordersInForce.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import {
  dtoExampleEvents,
  workedExampleEvents,
  yroBreachExampleEvents,
} from '../../src/testing/index.js';
import { add, tryAdd } from '../delivery/fixtures.js';

/** The event was refused with `code` at `path`, and the case is exactly as it was. */
function expectRefused(
  before: CaseState,
  r: Result<CaseState>,
  code: string,
  path: readonly (string | number)[],
) {
  const snapshot = JSON.stringify(before);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).toBe(code);
  expect(!r.ok && r.error.issues.map((i) => i.path)).toContainEqual(path);
  expect(JSON.stringify(before)).toBe(snapshot);
}

const until = (events: CaseEventInput[], day: string) =>
  replay(events.filter((e) => e.at.slice(0, 10) <= day));

// Kai: sentenced 2 Sep 2025 to a 6-month referral order; the panel agreed the contract on 23 Sep.
const kaiEvents = workedExampleEvents();
const contractAt = kaiEvents.findIndex((e) => e.type === 'order.contractAgreed');
const kaiAwaitingContract = replay(kaiEvents.slice(0, contractAt));
const contractPayload = (
  kaiEvents[contractAt] as Extract<CaseEventInput, { type: 'order.contractAgreed' }>
).payload;
const kaiWithContract = replay(kaiEvents.filter((e) => e.at.slice(0, 10) <= '2025-10-01'));

describe('order.contractAgreed', () => {
  it('runs the referral order from the day the panel agreed it, and dates its end from there', () => {
    expect(ordersInForce(kaiAwaitingContract, '2025-09-22')[0]?.contractAgreedOn).toBeUndefined();
    const [order] = ordersInForce(kaiWithContract, '2025-10-01');
    expect(order).toMatchObject({ start: '2025-09-23', end: '2026-03-22' });
    expect(order?.requirements.map((r) => r.id)).toEqual([
      'ct-reparation',
      'ct-education',
      'ct-sessions',
    ]);
    expect(reviewSchedule(kaiWithContract, { asOf: '2025-10-01' }).endOfOrderReviewBy).toBe(
      reviewSchedule(kaiWithContract, { asOf: '2025-10-01' }).endOfOrderReviewBy,
    );
    const by = reviewSchedule(kaiWithContract, { asOf: '2025-10-01' }).endOfOrderReviewBy;
    expect(by !== undefined && by > '2026-03-01' && by <= '2026-03-22').toBe(true);
  });

  it('refuses a contract the child did not agree, at the path, leaving the case as it was', () => {
    const contract = {
      ...contractPayload.contract,
      agreedBy: { ...contractPayload.contract.agreedBy, child: false },
    };
    const r = tryAdd(kaiAwaitingContract, 'order.contractAgreed', '2025-09-23', {
      contract: contract as never,
    });
    expectRefused(kaiAwaitingContract, r, 'invalid_input', [
      'payload',
      'contract',
      'agreedBy',
      'child',
    ]);
  });

  it('refuses a contract agreed before sentence, and a second contract', () => {
    const early = tryAdd(kaiAwaitingContract, 'order.contractAgreed', '2025-09-23', {
      contract: { ...contractPayload.contract, agreedOn: '2025-09-01' },
    });
    expect(early.ok).toBe(false);
    const again = tryAdd(kaiWithContract, 'order.contractAgreed', '2025-10-01', {
      contract: { ...contractPayload.contract, agreedOn: '2025-10-01' },
    });
    expect(again.ok).toBe(false);
  });
});

describe('order.varied on a referral order (referral back to court)', () => {
  const variation = (extensionMonths: number) => ({
    variation: {
      order: 'referral-order' as const,
      orderId: 'd-ro',
      on: '2025-10-01',
      by: 'court' as const,
      reason: 'referral-back' as const,
      extensionMonths,
    },
  });

  it('extends by 3 months, moving the end date and the end-of-order review', () => {
    const extended = add(kaiWithContract, 'order.varied', '2025-10-01', variation(3));
    expect(ordersInForce(extended, '2025-10-01')[0]?.end).toBe('2026-06-22');
    expect(ordersInForce(extended, '2025-09-30')[0]?.end).toBe('2026-03-22');
    const by = reviewSchedule(extended, { asOf: '2025-10-02' }).endOfOrderReviewBy;
    expect(by !== undefined && by > '2026-03-22' && by <= '2026-06-22').toBe(true);
  });

  it('refuses more than 3 months at once, and a total past 12 months', () => {
    const r = tryAdd(kaiWithContract, 'order.varied', '2025-10-01', variation(4));
    expectRefused(kaiWithContract, r, 'invalid_input', ['payload', 'variation', 'extensionMonths']);
    const once = add(kaiWithContract, 'order.varied', '2025-10-01', variation(3));
    const twice = add(once, 'order.varied', '2025-10-02', {
      variation: { ...variation(3).variation, on: '2025-10-02' },
    });
    // 6 + 3 + 3 = 12 is the most; one more month is refused.
    const third = tryAdd(twice, 'order.varied', '2025-10-03', {
      variation: { ...variation(1).variation, on: '2025-10-03' },
    });
    expect(third.ok).toBe(false);
    expect(JSON.stringify(third)).toMatch(/extensionMonths/);
  });
});

// Tyler: a 12-month YRO from 3 Mar 2025 (to 2 Mar 2026), breach action on 6 May.
const tylerEvents = yroBreachExampleEvents();
const tylerBeforeOutcome = until(tylerEvents, '2025-05-19');
const outcome = (variation: Record<string, unknown>) => ({
  id: 'bo-x',
  breachActionId: 'b-1',
  on: '2025-05-20',
  outcome: 'requirements-amended' as const,
  variation: {
    order: 'youth-rehabilitation-order' as const,
    orderId: 'd-yro',
    on: '2025-05-20',
    by: 'court' as const,
    reason: 'breach' as const,
    ...variation,
  },
});

describe('compliance.breachOutcomeRecorded carrying an amendment', () => {
  it('applies the amendment it carries: the checks and schedule see the new end from that day', () => {
    const amended = add(
      tylerBeforeOutcome,
      'compliance.breachOutcomeRecorded',
      '2025-05-20',
      outcome({ newEndDate: '2026-08-31' }) as never,
    );
    expect(ordersInForce(amended, '2025-05-19')[0]?.end).toBe('2026-03-02');
    expect(ordersInForce(amended, '2025-05-20')[0]?.end).toBe('2026-08-31');
    const by = reviewSchedule(amended, { asOf: '2025-05-21' }).endOfOrderReviewBy;
    expect(by !== undefined && by > '2026-03-02').toBe(true);
  });

  it('refuses a substituted end date more than 6 months after the one it replaces (past-3-years: test/model/yroBreach)', () => {
    // A 3-year order would end 2 Mar 2028; on breach it may be put back to 2 Aug 2028 (Sch. 7 para 6(6A)).
    const r = tryAdd(
      tylerBeforeOutcome,
      'compliance.breachOutcomeRecorded',
      '2025-05-20',
      outcome({ newEndDate: '2026-09-03' }) as never,
    );
    // More than 6 months after the end it replaces (2 Mar 2026): refused at the order it would leave.
    expectRefused(tylerBeforeOutcome, r, 'invalid_input', [
      'payload',
      'variation',
      'resultingOrder',
      'endDate',
    ]);
  });

  it('refuses a change for an order the case does not hold', () => {
    const other = tryAdd(
      tylerBeforeOutcome,
      'compliance.breachOutcomeRecorded',
      '2025-05-20',
      outcome({ orderId: 'd-other', newEndDate: '2026-06-01' }) as never,
    );
    expectRefused(tylerBeforeOutcome, other, 'reference_not_found', [
      'payload',
      'variation',
      'orderId',
    ]);
  });

  it('accepts unpaid work of 20 hours imposed on breach, and refuses it below 20', () => {
    const upw = (hours: number) =>
      outcome({ added: [{ id: 'req-upw', kind: 'unpaid-work', hours, imposedOnBreach: true }] });
    // Tyler is 16: unpaid work is open to him.
    expect(
      tryAdd(tylerBeforeOutcome, 'compliance.breachOutcomeRecorded', '2025-05-20', upw(20) as never)
        .ok,
    ).toBe(true);
    const r = tryAdd(
      tylerBeforeOutcome,
      'compliance.breachOutcomeRecorded',
      '2025-05-20',
      upw(19) as never,
    );
    expect(r.ok).toBe(false);
    expect(JSON.stringify(JSON.parse(JSON.stringify(r)))).toMatch(/hours/);
  });
});

describe('order.revoked with a resentence', () => {
  const beforeResentence = until(tylerEvents, '2025-10-05');
  const revocation = (resentence: Record<string, unknown>, revokedOn = '2025-10-06') => ({
    revocation: {
      orderId: 'd-yro',
      revokedOn,
      reason: 'further-offence' as const,
      resentence: {
        type: 'detention-and-training-order' as const,
        id: 'd-dto',
        convictionDate: '2025-10-06',
        sentenceDate: revokedOn,
        ...resentence,
      },
    },
  });

  it('ends the old order the day before, starts the new one, and calls for a review', () => {
    const after = add(
      beforeResentence,
      'order.revoked',
      '2025-10-06',
      revocation({ termMonths: 6 }) as never,
    );
    expect(ordersInForce(after, '2025-10-05').map((o) => o.id)).toEqual(['d-yro']);
    expect(ordersInForce(after, '2025-10-06').map((o) => o.id)).toEqual(['d-dto']);
    expect(reviewSchedule(after, { asOf: '2025-10-06' }).unactionedTriggers[0]?.trigger).toBe(
      'new-order',
    );
  });

  it('refuses an unlawful new sentence (a 30-month DTO) at its path', () => {
    const r = tryAdd(
      beforeResentence,
      'order.revoked',
      '2025-10-06',
      revocation({ termMonths: 30 }) as never,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues.some((i) => i.path.includes('resentence'))).toBe(true);
    expect(JSON.stringify(beforeResentence)).toBe(JSON.stringify(until(tylerEvents, '2025-10-05')));
  });

  it('refuses a revocation of an order the case does not hold', () => {
    const r = tryAdd(beforeResentence, 'order.revoked', '2025-10-06', {
      revocation: { ...revocation({ termMonths: 6 }).revocation, orderId: 'd-none' },
    } as never);
    expectRefused(beforeResentence, r, 'reference_not_found', ['payload', 'revocation', 'orderId']);
  });
});

// Drew (the DTO example): an 8-month DTO from 3 Nov 2025.
const dtoEvents = dtoExampleEvents();
const drew = until(dtoEvents, '2025-12-01');
const dto = (id: string, termMonths: number, consecutiveTo?: string) => ({
  disposal: {
    type: 'detention-and-training-order' as const,
    id,
    convictionDate: '2025-12-01',
    sentenceDate: '2025-12-01',
    termMonths,
    ...(consecutiveTo !== undefined && { consecutiveTo }),
  },
});

describe('order.made: further and consecutive orders', () => {
  it('accepts a consecutive DTO while the run stays within 24 months, ending the case later', () => {
    expect(ordersInForce(drew, '2025-12-01')[0]?.custodyPhaseEnd).toBe('2026-03-03');
    const after = add(drew, 'order.made', '2025-12-01', dto('d-dto-2', 12, 'd-dto') as never);
    // Served as one 20-month term: release at half-way, 3 Sep 2026; the second runs on from the first.
    expect(ordersInForce(after, '2025-12-02')[0]?.custodyPhaseEnd).toBe('2026-09-03');
    expect(ordersInForce(after, '2026-07-03').map((o) => o.id)).toEqual(['d-dto-2']);
    const end = reviewSchedule(after, { asOf: '2025-12-02' }).endOfOrderReviewBy;
    expect(end !== undefined && end > '2027-01-01').toBe(true);
  });

  it('refuses a consecutive DTO that takes the run past 24 months', () => {
    const r = tryAdd(drew, 'order.made', '2025-12-01', dto('d-dto-2', 18, 'd-dto') as never);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(drew)).toBe(JSON.stringify(until(dtoEvents, '2025-12-01')));
  });

  it('refuses a DTO consecutive to an order the case does not hold', () => {
    const r = tryAdd(drew, 'order.made', '2025-12-01', dto('d-dto-2', 4, 'd-none') as never);
    expectRefused(drew, r, 'reference_not_found', ['payload', 'disposal', 'consecutiveTo']);
  });
});

describe('custody.datesRecorded', () => {
  // 8 months from 3 Nov 2025: half-way 2 Mar 2026; early or late release up to a month either side.
  it('accepts an expected release a month early and the schedule follows it', () => {
    const after = add(drew, 'custody.datesRecorded', '2025-12-01', {
      on: '2025-12-01',
      dates: { orderId: 'd-dto', expectedReleaseDate: '2026-02-03' },
    });
    expect(ordersInForce(after, '2025-12-01')[0]?.custodyPhaseEnd).toBe('2026-02-03');
    const by = reviewSchedule(after, { asOf: '2025-12-02' }).custodyReleaseReviewBy;
    expect(by !== undefined && by <= '2026-02-03').toBe(true);
  });

  it('refuses a release before the early-release window, at the field', () => {
    const r = tryAdd(drew, 'custody.datesRecorded', '2025-12-01', {
      on: '2025-12-01',
      dates: { orderId: 'd-dto', expectedReleaseDate: '2026-01-05' },
    });
    expectRefused(drew, r, 'invalid_input', ['payload', 'dates', 'expectedReleaseDate']);
  });
});

describe('bailOrRemand.decided', () => {
  it('refuses remand to youth detention accommodation for a child under 12', () => {
    const young = replay([
      {
        ...(kaiEvents[0] as CaseEventInput),
        payload: {
          ...((kaiEvents[0] as CaseEventInput).payload as object),
          child: { id: 'child-x', dateOfBirth: '2014-06-01' },
        },
      } as CaseEventInput,
    ]);
    const r = tryAdd(young, 'bailOrRemand.decided', '2025-09-10', {
      bailOrRemand: {
        kind: 'remand-youth-detention',
        id: 'rem-1',
        decidedOn: '2025-09-10',
        conditionsMet: 'first-set',
        designatedAuthority: 'Northtown Council',
      },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues[0]?.path[0]).toBe('payload');
  });
});

describe('offences and history judged by the checks', () => {
  const opened = kaiEvents[0] as Extract<CaseEventInput, { type: 'case.opened' }>;
  const withOffences = (offences: unknown[], earlierDisposals: unknown[] = []) =>
    replay([
      { ...opened, payload: { ...opened.payload, offences, earlierDisposals } } as CaseEventInput,
    ]);
  const offence = (plea: string, court = 'youth-court') => ({
    id: 'off-1',
    committedOn: '2025-08-01',
    category: 'theft-and-handling',
    plea,
    court,
    convictedOn: '2025-09-02',
    imprisonable: true,
  });
  const notPermitted = (state: CaseState) =>
    checkCase(state, { asOf: '2025-09-10', rules: ['disposal.not-permitted'] });

  it('accepts a referral order on a guilty plea in the youth court (compulsory there)', () => {
    expect(notPermitted(withOffences([offence('guilty')]))).toEqual([]);
  });

  it('reports a referral order on a not-guilty plea, or made by the Crown Court, as an error', () => {
    for (const state of [
      withOffences([offence('not-guilty')]),
      withOffences([offence('guilty', 'crown-court')]),
    ]) {
      const [finding] = notPermitted(state);
      expect(finding).toMatchObject({ severity: 'error', path: ['disposal', 'type'] });
    }
  });
});
