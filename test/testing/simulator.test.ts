import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../src/_lib/calendar.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { DISPOSAL_TYPES } from '../../src/law/disposals.js';
import { signedOffAssessment } from '../../src/lifecycle/derive.js';
import type { CaseEvent } from '../../src/lifecycle/events/index.js';

import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { parseCaseEvent } from '../../src/schemas.js';
import { supervisionEnds } from '../../src/testing/_lib/supervision.js';
import { simulateCase, simulateCaseload } from '../../src/testing/simulator/index.js';

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

const dateOf = (e: CaseEvent) => e.at.slice(0, 10);

describe('simulateCase', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the same case file, byte for byte, for the same seed', () => {
    expect(JSON.stringify(simulateCase({ seed: 42 }))).toBe(
      JSON.stringify(simulateCase({ seed: 42 })),
    );
  });

  it('gives different cases for different seeds', () => {
    expect(JSON.stringify(simulateCase({ seed: 1 }))).not.toBe(
      JSON.stringify(simulateCase({ seed: 2 })),
    );
  });

  it('tells apart seeds that differ only above 32 bits', () => {
    expect(JSON.stringify(simulateCase({ seed: 1 }))).not.toBe(
      JSON.stringify(simulateCase({ seed: 2 ** 32 + 1 })),
    );
  });

  it('never reads the clock or Math.random', () => {
    const expected = JSON.stringify(
      simulateCase({ seed: 9, disposalType: 'youth-rehabilitation-order' }),
    );
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(
      JSON.stringify(simulateCase({ seed: 9, disposalType: 'youth-rehabilitation-order' })),
    ).toBe(expected);
  });

  it('writes events the schema accepts unchanged (every default written out)', () => {
    for (let seed = 0; seed < 40; seed++) {
      for (const event of simulateCase({ seed }).events)
        expect(parseCaseEvent(event)).toEqual(event);
    }
  });

  it.each(DISPOSAL_TYPES)('runs a %s through the real lifecycle to its end', (disposalType) => {
    for (let seed = 0; seed < 8; seed++) {
      const file = simulateCase({ seed, disposalType });
      const state = replay(file.events);
      // The case's first order is the one asked for (a resentence may replace it later).
      expect(state.record.orders[0]?.order.type).toBe(disposalType);
      expect(['closed', 'transferred']).toContain(state.stage);
    }
  });

  it('opens the case on the start date asked for', () => {
    const file = simulateCase({ seed: 3, start: '2023-05-02' });
    expect(file.events[0]?.type).toBe('case.opened');
    expect(dateOf(file.events[0] as CaseEvent)).toBe('2023-05-02');
  });

  it('stops at `until`, leaving an open case whose events begin the full case', () => {
    const full = simulateCase({ seed: 5, disposalType: 'referral-order' }).events;
    const cut = simulateCase({
      seed: 5,
      disposalType: 'referral-order',
      until: '2025-04-01',
    }).events;
    expect(cut.length).toBeLessThan(full.length);
    expect(cut.every((e) => dateOf(e) <= '2025-04-01')).toBe(true);
    expect(full.slice(0, cut.length)).toEqual(cut);
    expect(replay(cut).stage).not.toBe('closed');
  });

  it('stops on the `until` day itself', () => {
    const file = simulateCase({ seed: 5, until: '2025-01-06' });
    expect(file.events.every((e) => dateOf(e) === '2025-01-06')).toBe(true);
    expect(replay(file.events).stage).toBe('opened');
  });

  it.each([
    [{ seed: 1.5 }, ['seed']],
    [{ seed: 1, start: '2025-02-30' }, ['start']],
    [{ seed: 1, start: '2025-02-01', until: '2025-01-31' }, ['until']],
    [{ seed: 1, disposalType: 'community-order' }, ['disposalType']],
    [{ seed: 1, colour: 'blue' }, ['colour']],
  ])('rejects invalid options %j with the path of the field', (options, path) => {
    const e = errorOf(() => simulateCase(options as never));
    expect(isYjplanError(e) && e.code).toBe('invalid_input');
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(path);
  });
});

describe('simulated cases are realistic enough to be checked', () => {
  const states: CaseState[] = [];
  for (let seed = 100; seed < 160; seed++) states.push(replay(simulateCase({ seed }).events));
  const ended = states.filter(
    (s) => s.stage === 'closed' && s.record.closure?.reason === 'disposal-completed',
  );

  it('has plans that address every significant assessed factor, now or deferred with a reason', () => {
    for (const { record } of states) {
      const assessment = signedOffAssessment(record)?.assessment;
      const plan = record.plans[record.plans.length - 1]?.plan;
      if (!assessment || !plan) continue;
      const addressed = new Set(plan.objectives.flatMap((o) => o.addresses.factorIds));
      const deferred = new Set(plan.deferredFactors.map((d) => d.factorId));
      for (const f of assessment.factors) {
        if (f.significance !== 'low') expect(addressed.has(f.id) || deferred.has(f.id)).toBe(true);
      }
    }
  });

  it('has objectives with a measure, a target date and an action with an owner', () => {
    for (const { record } of states) {
      for (const { plan } of record.plans) {
        for (const o of plan.objectives) {
          expect(o.measureOfSuccess).toBeDefined();
          expect(o.targetDate).toBeDefined();
          expect(plan.actions.some((a) => a.objectiveId === o.id)).toBe(true);
        }
      }
    }
  });

  it('records contacts at least at the planned frequency while a plan is active', () => {
    for (const { record } of ended) {
      const first = record.plans.find((p) => p.activatedOn !== undefined);
      const from = first?.activatedOn;
      const to = record.closure?.on;
      if (!first || !from || !to) continue;
      const months = (Date.parse(to) - Date.parse(from)) / (30 * 86_400_000);
      const least = Math.min(...record.plans.map((p) => p.plan.plannedContactsPerMonth));
      const contacts = record.contacts.filter((c) => c.kind !== 'panel-meeting').length;
      expect(contacts).toBeGreaterThanOrEqual(Math.floor(months * least) - 1);
    }
  });

  it('reviews at least every 3 months (with a few weeks’ grace for late reviews)', () => {
    for (const { record } of ended) {
      const dates = [
        record.plans.find((p) => p.activatedOn)?.activatedOn,
        ...record.reviews.map((r) => r.outcome?.completedOn),
      ].filter((d): d is string => d !== undefined);
      for (let i = 1; i < dates.length; i++) {
        expect(
          Date.parse(dates[i] as string) - Date.parse(addMonths(dates[i - 1] as string, 3)),
        ).toBeLessThanOrEqual(21 * 86_400_000);
      }
    }
  });

  it('holds the closing review before the disposal ends or soon after, and closes when it ends', () => {
    expect(ended.length).toBeGreaterThan(30);
    for (const { record } of ended) {
      const end = supervisionEnds(record.disposal as NonNullable<typeof record.disposal>);
      const closing = record.reviews[record.reviews.length - 1];
      expect(closing?.outcome?.decision).toBe('close');
      const completed = closing?.outcome?.completedOn ?? '';
      expect(Date.parse(completed) - Date.parse(end)).toBeLessThanOrEqual(14 * 86_400_000);
      expect(Date.parse(end) - Date.parse(completed)).toBeLessThanOrEqual(35 * 86_400_000);
      expect(record.closure?.on && record.closure.on >= end).toBe(true);
    }
  });
});

describe('what a simulated case has done, read from its record', () => {
  const states = [...simulateCaseload({ seed: 5, cases: 600 })].map((f) => replay(f.events));

  it('takes breach action only after two warnings since the last breach outcome', () => {
    let breaches = 0;
    for (const { record } of states) {
      let warnings = 0;
      for (const entry of record.compliance) {
        if (entry.kind === 'warning') warnings += 1;
        if (entry.kind === 'breach-outcome') warnings = 0;
        if (entry.kind !== 'breach-action') continue;
        breaches += 1;
        expect(warnings).toBeGreaterThanOrEqual(2);
      }
    }
    expect(breaches).toBeGreaterThan(5);
  });

  it('arranges no contact after the hand-over to probation at 18 (one already arranged may follow it)', () => {
    const handedOver = states.filter((s) => s.record.handover !== undefined);
    expect(handedOver.length).toBeGreaterThan(5);
    for (const { record } of handedOver) {
      const on = record.handover?.on ?? '';
      const later = record.contacts.filter((c) => c.kind !== 'panel-meeting' && c.date > on);
      expect(later.length).toBeLessThanOrEqual(1);
    }
  });

  it('hands a case over to probation at most once, after one transfer decision', () => {
    for (const { record } of states)
      expect(record.transitionDecisions.length).toBeLessThanOrEqual(1);
  });
});

describe('simulateCaseload', () => {
  it('is the same caseload, byte for byte, for the same seed', () => {
    const ndjson = (seed: number) =>
      [...simulateCaseload({ seed, cases: 20 })].map((f) => JSON.stringify(f)).join('\n');
    expect(ndjson(7)).toBe(ndjson(7));
  });

  it('generates cases lazily, one at a time', () => {
    const iterator = simulateCaseload({ seed: 1, cases: 1_000_000 })[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(replay((first.value as { events: CaseEvent[] }).events).caseId).toBe('case-0000001');
  });

  it('opens every case in the period and writes nothing after its end', () => {
    for (const file of simulateCaseload({
      seed: 3,
      cases: 30,
      from: '2024-03-01',
      to: '2024-09-30',
    })) {
      const dates = file.events.map(dateOf);
      expect(dates[0] && dates[0] >= '2024-03-01').toBe(true);
      expect(dates.every((d) => d <= '2024-09-30')).toBe(true);
    }
  });

  it('gives every case its own id', () => {
    const ids = [...simulateCaseload({ seed: 4, cases: 50 })].map((f) => replay(f.events).caseId);
    expect(new Set(ids).size).toBe(50);
  });

  it('rejects an empty period or a negative count when called', () => {
    expect(isYjplanError(errorOf(() => simulateCaseload({ seed: 1, cases: -1 })))).toBe(true);
    const e = errorOf(() =>
      simulateCaseload({ seed: 1, cases: 1, from: '2025-01-02', to: '2025-01-01' }),
    );
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['to']);
  });

  it('gives an empty caseload for zero cases', () => {
    expect([...simulateCaseload({ seed: 1, cases: 0 })]).toEqual([]);
  });
});
