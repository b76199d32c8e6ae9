/**
 * The law and the model's rules, proven at the public boundary: a `case.opened` (or later)
 * event that breaks them fails with `invalid_input` and the full path of the offending field,
 * through every entry point a host calls, and leaves the case exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  type CaseEventInput,
  type CaseState,
  replay,
  safeApplyEvent,
  safeOpenCase,
  safeReplay,
  YjplanError,
} from '../../src/index.js';
import { parseCaseEvent, safeParseCaseEvent } from '../../src/schemas.js';
import { eventOf, eventsBefore } from './workedExampleParts.js';

type Opened = Extract<CaseEventInput, { type: 'case.opened' }>;

/** Kai's case.opened event (born 2010-01-20) with another disposal and date of birth. */
function openedWith(disposal: Record<string, unknown>, dateOfBirth = '2010-01-20'): Opened {
  const e = eventOf('case.opened');
  return {
    ...e,
    payload: { ...e.payload, child: { ...e.payload.child, dateOfBirth }, disposal },
  } as Opened;
}

const yro = (convictionDate: string, requirements: Record<string, unknown>[]) => ({
  type: 'youth-rehabilitation-order',
  id: 'yro-1',
  convictionDate,
  sentenceDate: convictionDate,
  endDate: `${Number(convictionDate.slice(0, 4)) + 1}${convictionDate.slice(4)}`,
  requirements: [{ id: 'r-sup', kind: 'supervision' }, ...requirements],
});
const curfew = (hoursPerDay: number) => ({ id: 'r-cur', kind: 'curfew', hoursPerDay, months: 3 });
const dto = (convictionDate: string, termMonths: number) => ({
  type: 'detention-and-training-order',
  id: 'dto-1',
  convictionDate,
  sentenceDate: convictionDate,
  termMonths,
  persistentOffender: true,
});
/** Born 2007-01-01: 14 in 2021, 16 in 2023, so a DTO is open to the child in both years. */
const BORN_2007 = '2007-01-01';

const opened = (): CaseState => replay([eventOf('case.opened')]);

/** What every entry point says about one event: the code and the paths, or 'ok'. */
function verdicts(event: unknown) {
  const state = opened();
  const answer = (r: { ok: true } | { ok: false; error: YjplanError }) =>
    r.ok ? 'ok' : { code: r.error.code, paths: r.error.issues.map((i) => i.path) };
  return {
    parse: answer(safeParseCaseEvent(event)),
    open: answer(safeOpenCase(event)),
    apply: answer(safeApplyEvent(state, event)),
  };
}

/** Expects every entry point to reject the event with invalid_input at exactly `paths`. */
function expectRejectedAt(event: unknown, paths: (string | number)[][]) {
  const expected = { code: 'invalid_input', paths };
  expect(verdicts(event)).toEqual({ parse: expected, open: expected, apply: expected });
}

describe('a case.opened event whose disposal breaks the law', () => {
  it('is rejected for a referral order of 14 months, at its length', () => {
    const event = eventOf('case.opened');
    const disposal = { ...event.payload.disposal, lengthMonths: 14 };
    expectRejectedAt({ ...event, payload: { ...event.payload, disposal } }, [
      ['payload', 'disposal', 'lengthMonths'],
    ]);
  });

  it('is rejected for unpaid work for Kai, aged 15 at conviction, at the requirement', () => {
    const event = openedWith(yro('2025-09-02', [{ id: 'r-upw', kind: 'unpaid-work', hours: 80 }]));
    expectRejectedAt(event, [['payload', 'disposal', 'requirements', 1, 'kind']]);
    const [issue] = (safeOpenCase(event) as { error: YjplanError }).error.issues;
    expect(issue?.message).toMatch(/aged 16 to 17 at conviction \(Sentencing Act 2020/);
  });

  it('accepts the same unpaid work for a child who turned 16 on the day of conviction', () => {
    const event = openedWith(
      yro('2025-09-02', [{ id: 'r-upw', kind: 'unpaid-work', hours: 80 }]),
      '2009-09-02',
    );
    expect(safeParseCaseEvent(event).ok).toBe(true);
    expect(safeOpenCase(event).ok).toBe(true);
  });

  it('is rejected for a DTO of 5 months for a conviction in 2021, at its term', () => {
    expectRejectedAt(openedWith(dto('2021-09-01', 5), BORN_2007), [
      ['payload', 'disposal', 'termMonths'],
    ]);
  });

  it('accepts a DTO of 5 months for a conviction in 2023', () => {
    expect(safeOpenCase(openedWith(dto('2023-05-02', 5), BORN_2007)).ok).toBe(true);
  });

  it('is rejected for a curfew of 18 hours a day for a conviction in 2021, at its hours', () => {
    expectRejectedAt(openedWith(yro('2021-10-04', [curfew(18)]), BORN_2007), [
      ['payload', 'disposal', 'requirements', 1, 'hoursPerDay'],
    ]);
  });

  it('accepts a curfew of 18 hours a day for a conviction in 2023 with its week total', () => {
    const week = { ...curfew(18), hoursPer7Days: 112 };
    expect(safeOpenCase(openedWith(yro('2023-10-04', [week]), BORN_2007)).ok).toBe(true);
    expectRejectedAt(openedWith(yro('2023-10-04', [curfew(18)]), BORN_2007), [
      ['payload', 'disposal', 'requirements', 1, 'hoursPer7Days'],
    ]);
  });

  it('is rejected for a curfew of 21 hours a day in any year', () => {
    for (const on of ['2021-10-04', '2022-06-28', '2024-10-04']) {
      expectRejectedAt(openedWith(yro(on, [curfew(21)]), BORN_2007), [
        ['payload', 'disposal', 'requirements', 1, 'hoursPerDay'],
      ]);
    }
  });
});

describe('a case.opened event with other bad input', () => {
  it('is rejected for an impossible date of birth, at the date', () => {
    const event = eventOf('case.opened');
    const child = { ...event.payload.child, dateOfBirth: '2010-02-30' };
    expectRejectedAt({ ...event, payload: { ...event.payload, child } }, [
      ['payload', 'child', 'dateOfBirth'],
    ]);
  });

  it('is rejected for an impossible conviction date and an impossible timestamp', () => {
    const event = eventOf('case.opened');
    const disposal = { ...event.payload.disposal, convictionDate: '2025-06-31' };
    expectRejectedAt(
      { ...event, at: '2025-09-31T09:00:00Z', payload: { ...event.payload, disposal } },
      [['at'], ['payload', 'disposal', 'convictionDate']],
    );
  });

  it('is rejected for a misspelt key, with the key at the end of the path', () => {
    const event = eventOf('case.opened');
    const { preferredName, ...child } = event.payload.child;
    const bad = {
      ...event,
      payload: { ...event.payload, child: { ...child, preferedName: preferredName } },
    };
    expectRejectedAt(bad, [['payload', 'child', 'preferedName']]);
  });

  it('throws the same YjplanError from the throwing form', () => {
    const event = eventOf('case.opened');
    const disposal = { ...event.payload.disposal, lengthMonths: 14 };
    expect(() => parseCaseEvent({ ...event, payload: { ...event.payload, disposal } })).toThrow(
      YjplanError,
    );
  });

  it('is reported at its index when it opens a log given to replay', () => {
    const event = eventOf('case.opened');
    const disposal = { ...event.payload.disposal, lengthMonths: 14 };
    const r = safeReplay([{ ...event, payload: { ...event.payload, disposal } }]);
    expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual([
      [0, 'payload', 'disposal', 'lengthMonths'],
    ]);
  });
});

describe('a later event that breaks the model’s rules', () => {
  it('is rejected for a plan with an objective that has no focus, leaving the case as it was', () => {
    const state = replay(eventsBefore('plan.drafted'));
    const before = structuredClone(state);
    const drafted = eventOf('plan.drafted');
    const objectives = drafted.payload.plan.objectives.map((o, i) =>
      i === 2 ? { ...o, focus: [] } : o,
    );
    const event = {
      ...drafted,
      payload: { ...drafted.payload, plan: { ...drafted.payload.plan, objectives } },
    };
    const r = safeApplyEvent(state, event);
    expect(r.ok ? 'ok' : [r.error.code, r.error.issues.map((i) => i.path)]).toEqual([
      'invalid_input',
      [['payload', 'plan', 'objectives', 2, 'focus']],
    ]);
    expect(state).toEqual(before);
  });

  it('is rejected for an agreement "could not be discussed" with no reason, at the reason', () => {
    const state = replay(eventsBefore('plan.agreementRecorded'));
    const before = structuredClone(state);
    const recorded = eventOf('plan.agreementRecorded');
    const { misgivings: _, ...payload } = recorded.payload;
    const event = { ...recorded, payload: { ...payload, status: 'could-not-be-discussed' } };
    const r = safeApplyEvent(state, event);
    expect(r.ok ? 'ok' : [r.error.code, r.error.issues.map((i) => i.path)]).toEqual([
      'invalid_input',
      [['payload', 'reason']],
    ]);
    expect(state).toEqual(before);
  });

  it('is accepted once the reason is recorded', () => {
    const state = replay(eventsBefore('plan.agreementRecorded'));
    const recorded = eventOf('plan.agreementRecorded');
    const { misgivings: _, ...payload } = recorded.payload;
    const event = {
      ...recorded,
      payload: { ...payload, status: 'could-not-be-discussed', reason: 'Kai was unwell' },
    };
    expect(safeApplyEvent(state, event).ok).toBe(true);
  });
});
