import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/_lib/calendar.js';
import { CaseWriter } from '../../src/testing/_lib/caseWriter.js';
import { seededChoices, typicalChoices } from '../../src/testing/_lib/choices.js';
import { addDays, daysBetween, weekday } from '../../src/testing/_lib/days.js';
import { suggestedInterventionLevel } from '../../src/testing/_lib/scaledApproach.js';
import { aCase } from '../../src/testing/builders/index.js';
import { Agenda } from '../../src/testing/simulator/agenda.js';

const isoDate = fc
  .integer({ min: 0, max: 365 * 300 })
  .map((d) => calendar.addDays('1900-01-01', d));

describe('fast calendar days', () => {
  it('add days exactly as the library’s calendar does', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        expect(addDays(date, days)).toBe(calendar.addDays(date, days));
      }),
    );
  });

  it('count days between dates exactly as the library’s calendar does', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(calendar.daysBetween(a, b));
      }),
    );
  });

  it('know the day of the week across leap days', () => {
    expect(weekday('2024-02-29')).toBe(4);
    expect(weekday('2025-09-01')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-31')).toBe(3);
  });
});

describe('choices', () => {
  it('are the same for the same seed', () => {
    const draw = (seed: number) => {
      const c = seededChoices(seed);
      return [
        c.int(1, 100),
        c.chance(0.5),
        c.pick(['a', 'b', 'c']),
        c.weighted([
          ['x', 1],
          ['y', 3],
        ] as const),
        c.some([1, 2, 3, 4], 2),
      ];
    };
    expect(draw(11)).toEqual(draw(11));
    expect(draw(11)).not.toEqual(draw(12));
  });

  it('never choose a value of weight zero, and choose a chance of 0 or 1 surely', () => {
    const c = seededChoices(3);
    for (let i = 0; i < 500; i++) {
      expect(
        c.weighted([
          ['never', 0],
          ['always', 5],
        ] as const),
      ).toBe('always');
      expect(c.chance(0)).toBe(false);
      expect(c.chance(1)).toBe(true);
    }
  });

  it('choose distinct items, in list order', () => {
    const c = seededChoices(5);
    for (let i = 0; i < 100; i++) {
      const chosen = c.some(['a', 'b', 'c', 'd'], 3);
      expect(new Set(chosen).size).toBe(3);
      expect([...chosen].sort()).toEqual(chosen);
    }
  });

  it('typically take the smallest number, the first item and the heaviest weight', () => {
    expect(typicalChoices.int(2, 9)).toBe(2);
    expect(typicalChoices.pick(['first', 'second'])).toBe('first');
    expect(
      typicalChoices.weighted([
        ['light', 1],
        ['heavy', 9],
      ] as const),
    ).toBe('heavy');
    expect(typicalChoices.chance(0.5)).toBe(false);
    expect(typicalChoices.chance(0.8)).toBe(true);
  });
});

describe('suggestedInterventionLevel', () => {
  it.each([
    [
      { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'high', riskOfSeriousHarm: 'low' },
      'standard',
    ],
    [
      { likelihoodOfReoffending: 'medium', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'low' },
      'enhanced',
    ],
    [
      { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'medium' },
      'enhanced',
    ],
    [
      { likelihoodOfReoffending: 'high', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'low' },
      'intensive',
    ],
    [
      { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'very-high' },
      'intensive',
    ],
  ] as const)('suggests the usual level for %j', (ratings, level) => {
    expect(suggestedInterventionLevel(ratings)).toBe(level);
  });
});

describe('Agenda', () => {
  it('runs items in date order, and same-day items in the order added', () => {
    const agenda = new Agenda();
    const ran: string[] = [];
    agenda.at('2025-01-03', () => ran.push('c'));
    agenda.at('2025-01-01', () => ran.push('a1'));
    agenda.at('2025-01-01', () => ran.push('a2'));
    agenda.at('2025-01-02', () => ran.push('b'));
    for (let item = agenda.next(); item; item = agenda.next()) item.run(item.date);
    expect(ran).toEqual(['a1', 'a2', 'b', 'c']);
  });
});

describe('CaseWriter', () => {
  const opened = aCase().events()[0];

  it('refuses an event dated before the last one', () => {
    const w = new CaseWriter({ by: 'pr-1' });
    w.add('case.opened', '2025-09-01', opened?.payload as never);
    expect(() =>
      w.add('assessment.started', '2025-08-01', { assessmentId: 'a-1', on: '2025-08-01' }),
    ).toThrow(RangeError);
  });

  it('stops, writing nothing, after `until`', () => {
    const w = new CaseWriter({ by: 'pr-1', until: '2025-09-01' });
    expect(w.add('case.opened', '2025-09-01', opened?.payload as never)).toBe(true);
    expect(
      w.add('assessment.started', '2025-09-02', { assessmentId: 'a-1', on: '2025-09-02' }),
    ).toBe(false);
    expect(w.stopped).toBe(true);
    expect(w.events).toHaveLength(1);
  });

  it('answers an event the lifecycle refuses with the library’s error', () => {
    const w = new CaseWriter({ by: 'pr-1' });
    w.add('case.opened', '2025-09-01', opened?.payload as never);
    expect(() => w.add('plan.activated', '2025-09-02', { version: 1, on: '2025-09-02' })).toThrow(
      expect.objectContaining({ code: 'event_not_allowed' }),
    );
  });
});
