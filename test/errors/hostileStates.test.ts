/**
 * Issue items from fuzzing: a state rebuilt from JSON with a malformed date used to make
 * `checkCase` loop for ever, one with an unreadable field made `reviewSchedule` throw a plain
 * TypeError, and a misspelt option was ignored by some readers. Every reader now validates the
 * state and its options at the boundary and answers `invalid_input`.
 */
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { isYjplanError, type YjplanError } from '../../src/errors/YjplanError.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import { allowedEvents } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { shiftWorkingDays, workingDayOnOrBefore } from '../../src/schedule/workingDayMath.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { planView } from '../../src/views/planView.js';

const asOf = '2026-01-10';
/** Kai's case as a host rebuilds it from its own JSON copy, with one change. */
function rebuilt(change: (record: Record<string, unknown>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(replay(workedExampleEvents())));
  change(copy.record);
  return copy;
}

function errorOf(run: () => unknown): YjplanError | undefined {
  try {
    run();
  } catch (e) {
    expect(isYjplanError(e), String(e)).toBe(true);
    return e as YjplanError;
  }
  return undefined;
}

const READERS: [string, (state: never, options: object) => unknown][] = [
  ['checkCase', (s, o) => checkCase(s, { asOf, ...o })],
  ['reviewSchedule', (s, o) => reviewSchedule(s, { asOf, ...o })],
  ['involvementSummary', (s, o) => involvementSummary(s, { asOf, ...o } as never)],
  ['planView', (s, o) => planView(s, 'child', { asOf, ...o })],
];

describe('a state rebuilt from JSON with something the library never writes', () => {
  it('answers invalid_input at the malformed date, at once, instead of looping', () => {
    for (const change of [
      (r: Record<string, unknown>) => {
        (r.compliance as { on: string }[]).forEach((c) => {
          c.on = 'x';
        });
      },
      (r: Record<string, unknown>) => {
        (r.plans as { activatedOn: string }[]).forEach((p) => {
          p.activatedOn = 'x';
        });
      },
    ]) {
      const state = rebuilt(change);
      for (const [name, read] of READERS) {
        const error = errorOf(() => read(state as never, {}));
        expect(error?.code, name).toBe('invalid_input');
        expect(error?.issues[0]?.path.slice(0, 2), name).toEqual([
          'record',
          change.toString().includes('compliance') ? 'compliance' : 'plans',
        ]);
      }
    }
  });

  it('answers invalid_input for an unreadable field (plans: null), never a TypeError', () => {
    const state = rebuilt((r) => {
      r.plans = null;
    });
    for (const [name, read] of READERS) {
      expect(errorOf(() => read(state as never, {}))?.issues[0]?.path, name).toEqual([
        'record',
        'plans',
      ]);
    }
    expect(errorOf(() => allowedEvents(state as never))?.code).toBe('invalid_input');
  });

  it('is read as it is when nothing in it was changed', () => {
    const state = rebuilt(() => {});
    expect(checkCase(state as never, { asOf })).toEqual(
      checkCase(replay(workedExampleEvents()), { asOf }),
    );
  });
});

describe('options', () => {
  it('are refused with invalid_input at the key when one is unknown (polcy), by every reader', () => {
    const state = replay(workedExampleEvents());
    for (const [name, read] of READERS) {
      const error = errorOf(() => read(state as never, { polcy: {} }));
      expect(error?.code, name).toBe('invalid_input');
      expect(error?.issues[0]?.path, name).toEqual(['polcy']);
      expect(error?.message, name).not.toContain('polcy');
    }
  });
});

describe('working-day arithmetic', () => {
  it('refuses what is not a date, or a count too far to walk, instead of looping', () => {
    expect(() => shiftWorkingDays('x', 10)).toThrow(RangeError);
    expect(() => shiftWorkingDays('2025-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => shiftWorkingDays('2025-01-01', 1e9)).toThrow(RangeError);
    expect(() => workingDayOnOrBefore('not a date')).toThrow(RangeError);
    expect(shiftWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
  });
});
