import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../../src/errors/YjplanError.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase } from '../../../src/testing/index.js';
import { findingsOf, withRecord } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'disposal.requirement-not-permitted';

const yro = (requirements: unknown[], convictionDate = '2025-09-02'): Disposal =>
  ({
    type: 'youth-rehabilitation-order',
    id: 'yro-1',
    convictionDate,
    sentenceDate: convictionDate,
    endDate: `${Number(convictionDate.slice(0, 4)) + 1}${convictionDate.slice(4)}`,
    requirements,
  }) as Disposal;

const caseWith = (disposal: Disposal, dateOfBirth: string) =>
  withRecord(base, (r) => ({ ...r, disposal, child: { ...r.child, dateOfBirth } }));

const unpaidWork = yro([
  { id: 'req-sup', kind: 'supervision' },
  { id: 'req-upw', kind: 'unpaid-work', hours: 60 },
]);

describe(RULE, () => {
  it('passes for the worked example’s referral order contract', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('allows unpaid work for a child who turned 16 on the day of conviction', () => {
    expect(findingsOf(caseWith(unpaidWork, '2009-09-02'), RULE)).toEqual([]);
  });

  it('flags unpaid work for a child convicted the day before turning 16, as an error at the requirement', () => {
    const [finding, ...rest] = findingsOf(caseWith(unpaidWork, '2009-09-03'), RULE);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      path: ['disposal', 'requirements', 'req-upw'],
      evidence: { requirementId: 'req-upw', kind: 'unpaid-work', code: 'requirement_age' },
    });
    expect(finding?.message).toContain('Sentencing Act 2020');
  });

  it('flags attendance centre hours above the band for a 14-year-old', () => {
    const disposal = yro([{ id: 'req-ac', kind: 'attendance-centre', hours: 25 }]);
    expect(findingsOf(caseWith(disposal, '2011-01-01'), RULE)[0]?.evidence).toMatchObject({
      requirementId: 'req-ac',
      code: 'attendance_centre_hours_for_age',
    });
    const atTheLimit = yro([{ id: 'req-ac', kind: 'attendance-centre', hours: 24 }]);
    expect(findingsOf(caseWith(atTheLimit, '2011-01-01'), RULE)).toEqual([]);
  });

  // A limit that does not depend on the child is the disposal schema's own: no case can hold a
  // disposal that breaks it (events are refused), and a state rebuilt by hand that holds one is
  // refused at the boundary of every query, with the path of the field.
  const refusalOf = (state: unknown) => {
    try {
      findingsOf(state as typeof base, RULE);
    } catch (e) {
      return isYjplanError(e) ? { code: e.code, path: e.issues[0]?.path } : 'thrown';
    }
    return undefined;
  };

  it('refuses a state whose curfew is above the daily maximum for a conviction before 28 June 2022', () => {
    const curfew = (hoursPerDay: number) =>
      yro([{ id: 'req-cf', kind: 'curfew', hoursPerDay, months: 3 }], '2022-06-27');
    expect(findingsOf(caseWith(curfew(16), '2006-01-01'), RULE)).toEqual([]);
    expect(refusalOf(caseWith(curfew(17), '2006-01-01'))).toEqual({
      code: 'invalid_input',
      path: ['record', 'disposal', 'requirements', 0, 'hoursPerDay'],
    });
  });

  it('refuses a state whose youth offender contract includes electronic monitoring', () => {
    const disposal = {
      ...base.record.disposal,
      contract: [{ id: 'ct-tag', kind: 'electronic-monitoring' }],
    } as Disposal;
    expect(refusalOf(caseWith(disposal, base.record.child.dateOfBirth))).toMatchObject({
      code: 'invalid_input',
    });
  });
});
