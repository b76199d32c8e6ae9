import { describe, expect, it } from 'vitest';
import { dateOfTimestamp } from '../../src/_lib/calendar.js';
import { checkCase } from '../../src/checks/checkCase.js';
import { involvementRules } from '../../src/checks/rules/involvementRules.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import { replay } from '../../src/lifecycle/replay.js';
import { WORKED_EXAMPLE, workedExampleEvents } from '../../src/testing/index.js';

const INVOLVEMENT_RULES = involvementRules.map((r) => r.id);
const events = workedExampleEvents();
const state = replay(events);
const asOf = WORKED_EXAMPLE.asOfClosed;
const summary = involvementSummary(state, { asOf });
const person = (id: string) => {
  const p = summary.people.find((q) => q.personId === id);
  if (!p) throw new Error(`no ${id}`);
  return p;
};

describe('the worked example (Kai) and his parents', () => {
  it('has a mother with parental responsibility who attends every step she is invited to', () => {
    const mum = person('pc-mum');
    expect(mum.parentalResponsibility).toBe(true);
    expect(mum.excused).toBeUndefined();
    expect(mum.attendance.filter((a) => a.attended).map((a) => [a.meeting, a.on])).toEqual([
      ['assessment', '2025-09-09'],
      ['panel', '2025-09-23'], // the first panel, which agreed the contract
      ['panel', '2025-12-17'], // the panel progress meeting that held review rv-2
      ['panel', '2026-02-17'], // and rv-3
    ]);
    expect(mum.attendance.every((a) => a.attended)).toBe(true);
    expect(mum.invitations.map((i) => i.meeting)).toEqual([
      'assessment',
      'panel',
      'panel',
      'panel',
    ]);
  });

  it('has the mother agreeing both plan versions, with one status per version', () => {
    const mum = person('pc-mum');
    expect(mum.agreements.map((a) => [a.planVersion, a.status])).toEqual([
      [1, 'agreed'],
      [2, 'agreed'],
    ]);
    // version 1 was agreed by event and by record: both are evidence, counted under one status
    expect(mum.agreements[0]?.evidence.map((e) => e.source.kind)).toEqual([
      'involvement-record',
      'plan-agreement-event',
    ]);
    expect(mum.byPlanVersion.map((v) => [v.planVersion, v.agreement, v.copyGiven])).toEqual([
      [1, 'agreed', true],
      [2, 'agreed', true],
    ]);
  });

  it('has a father under a no-contact restriction who is never given a copy of the plan', () => {
    const dad = person('pc-dad');
    expect(dad.restrictions.map((r) => r.kind)).toContain('no-contact');
    expect(dad.planSharingRestricted).toBe(true);
    expect(dad.excused).toEqual({ kind: 'no-contact-restriction' });
    expect(dad.copiesGiven).toEqual([]);
    expect(dad.notInvolved.map((n) => n.reason)).toEqual(['safeguarding']);
    const copiesToDad = state.record.involvement.filter(
      (e) => e.record.kind === 'plan-copy-given' && e.record.personId === 'pc-dad',
    );
    expect(copiesToDad).toEqual([]);
  });

  it('shows a parent took part in the assessment, the planning of both versions and three of four reviews', () => {
    expect(summary.assessment).toEqual({ tookPart: true, personIds: ['pc-mum'] });
    expect(summary.planning.map((p) => [p.planVersion, p.tookPart])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(summary.reviews.map((r) => [r.reviewId, r.tookPart])).toEqual([
      ['rv-1', false], // the review after the move, held by the YOS without her
      ['rv-2', true],
      ['rv-3', true],
      ['rv-4', true],
    ]);
  });

  it('checks clean under the involvement rules once closed', () => {
    expect(checkCase(state, { asOf, rules: INVOLVEMENT_RULES })).toEqual([]);
  });

  it('checks clean under the involvement rules at every step of its life', () => {
    for (let i = 1; i <= events.length; i++) {
      const prefix = events.slice(0, i);
      const at = dateOfTimestamp(prefix[i - 1]?.at ?? '');
      const findings = checkCase(replay(prefix), { asOf: at, rules: INVOLVEMENT_RULES });
      expect({ event: i, findings }).toEqual({ event: i, findings: [] });
    }
  });
});
