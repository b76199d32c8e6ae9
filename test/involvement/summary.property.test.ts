import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/_lib/calendar.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import type { PersonInvolvement } from '../../src/involvement/types.js';
import { safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import { ACTIVE, DATES, event, MUM } from './records.js';

const base = ACTIVE.parentCarers([
  MUM,
  {
    id: 'pc-dad',
    role: 'parent',
    relationship: 'father',
    parentalResponsibility: true,
    restrictions: [{ kind: 'no-contact', reason: 'Court order', source: 'court-order' }],
  },
  {
    id: 'pc-nan',
    role: 'kinship-carer',
    relationship: 'grandmother',
    parentalResponsibility: false,
  },
]).state();

const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays(DATES.activated, n));
const meeting = fc.constantFrom('assessment', 'planning-meeting', 'panel', 'review');
const support = fc.constantFrom('parenting-programme', 'family-support', 'mediation', 'other');

/** Any kind of involvement record, without id (given when applied). */
const recordBody = fc.record({
  personId: fc.constantFrom('pc-mum', 'pc-dad', 'pc-nan', 'pc-nobody'),
  on: day,
  body: fc.oneof(
    meeting.map((m) => ({ kind: 'invited', meeting: m })),
    meeting.map((m) => ({ kind: 'attended', meeting: m })),
    meeting.map((m) => ({ kind: 'did-not-attend', meeting: m, reason: 'Unwell' })),
    fc.constant({
      kind: 'views-recorded',
      views: { inOwnWords: 'Said so', givenOn: DATES.activated },
    }),
    fc.boolean().map((agreed) => ({ kind: 'plan-agreement', planVersion: 1, agreed })),
    fc.constant({ kind: 'plan-copy-given', planVersion: 1 }),
    fc
      .tuple(fc.constantFrom('support-offered', 'support-accepted', 'support-declined'), support)
      .map(([kind, s]) => ({ kind, support: s })),
    fc.constant({ kind: 'parenting-contract-agreed', until: '2026-12-31' }),
    fc.constant({ kind: 'parenting-order-made', months: 6, programmeMonths: 3 }),
    fc.integer({ min: 1, max: 5 }).map((attempts) => ({ kind: 'could-not-contact', attempts })),
    fc.constantFrom('estranged', 'safeguarding', 'other').map((reason) => ({
      kind: 'not-involved',
      reason,
      rationale: 'Recorded',
    })),
  ),
});

const step = fc.oneof(
  { weight: 4, arbitrary: recordBody.map((r) => ({ op: 'record' as const, ...r })) },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ op: 'invalidate' as const, pick })) },
);

/** Every record id a person's summary lists, once per appearance. */
function listedIds(p: PersonInvolvement): string[] {
  return [
    ...p.invitations.map((x) => x.recordId),
    ...p.attendance.map((x) => x.recordId),
    ...p.views.flatMap((x) => (x.recordId === undefined ? [] : [x.recordId])),
    ...p.agreements.flatMap((a) =>
      a.evidence.flatMap((e) =>
        e.source.kind === 'involvement-record' ? [e.source.recordId] : [],
      ),
    ),
    ...p.copiesGiven.map((x) => x.recordId),
    ...p.support.map((x) => x.recordId),
    ...p.parentingContracts.map((x) => x.recordId),
    ...p.parentingOrders.map((x) => x.recordId),
    ...p.contactAttempts.map((x) => x.recordId),
    ...p.notInvolved.map((x) => x.recordId),
  ];
}

describe('involvementSummary (property)', () => {
  it('counts every standing record dated by asOf exactly once, and no invalidated one', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.integer({ min: 0, max: 70 }),
        (steps, asOfDay) => {
          let state = base;
          const accepted: { id: string; on: string }[] = [];
          const invalidated = new Set<string>();
          steps.forEach((s, i) => {
            if (s.op === 'record') {
              const record = {
                id: `r-${i}`,
                personId: s.personId,
                on: s.on,
                ...s.body,
              } as InvolvementRecord;
              const r = safeApplyEvent(state, event('involvement.recorded', s.on, { record }));
              if (r.ok) {
                state = r.value;
                accepted.push({ id: record.id, on: record.on });
              }
              return;
            }
            const target = accepted[s.pick % Math.max(accepted.length, 1)];
            if (!target) return;
            const r = safeApplyEvent(
              state,
              event('involvement.invalidated', target.on, {
                recordId: target.id,
                on: target.on,
                reason: 'Wrong',
              }),
            );
            expect(r.ok).toBe(!invalidated.has(target.id));
            if (r.ok) {
              state = r.value;
              invalidated.add(target.id);
            }
          });
          const asOf = addDays(DATES.activated, asOfDay);
          const summary = involvementSummary(state, { asOf });
          const dated = accepted.filter((a) => a.on <= asOf);
          const standing = dated.filter((a) => !invalidated.has(a.id)).map((a) => a.id);
          const listed = summary.people.flatMap(listedIds);
          expect([...listed].sort()).toEqual([...standing].sort());
          expect(summary.recordCount).toBe(standing.length);
          const invalidList = summary.people.flatMap((p) => p.invalidated.map((x) => x.recordId));
          expect([...invalidList].sort()).toEqual(
            dated
              .filter((a) => invalidated.has(a.id))
              .map((a) => a.id)
              .sort(),
          );
          expect(summary.invalidatedCount).toBe(invalidList.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never records a copy of the plan for the father under a no-contact restriction', () => {
    fc.assert(
      fc.property(day, (on) => {
        const record = {
          kind: 'plan-copy-given',
          id: 'c-1',
          personId: 'pc-dad',
          on,
          planVersion: 1,
        } as InvolvementRecord;
        const r = safeApplyEvent(base, event('involvement.recorded', on, { record }));
        expect(r.ok ? undefined : r.error.code).toBe('sharing_restricted');
      }),
    );
  });
});
