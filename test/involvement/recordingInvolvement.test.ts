import { describe, expect, it } from 'vitest';
import { historyOf } from '../../src/lifecycle/history.js';
import { safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import type { InvolvementRecord } from '../../src/model/involvement.js';
import type { ParentCarerInput } from '../../src/model/parentCarer.js';
import { ACTIVE, DATES, event, MUM, withEvents, withRecords } from './records.js';

const NO_CONTACT = {
  kind: 'no-contact',
  reason: 'Non-molestation order',
  source: 'court-order',
  from: '2025-03-01',
  until: '2025-06-30',
} as const;

const DAD: ParentCarerInput = {
  id: 'pc-dad',
  role: 'parent',
  relationship: 'father',
  parentalResponsibility: true,
  restrictions: [NO_CONTACT],
};

const copy = (personId: string, on: string, extra: Partial<InvolvementRecord> = {}) =>
  ({
    kind: 'plan-copy-given',
    id: `copy-${personId}-${on}`,
    personId,
    on,
    planVersion: 1,
    ...extra,
  }) as InvolvementRecord;

const record = (state: CaseState, r: InvolvementRecord) =>
  safeApplyEvent(state, event('involvement.recorded', r.on, { record: r }));

const active = ACTIVE.parentCarers([MUM, DAD]).state();

describe('recording a copy of the plan given to a restricted person', () => {
  it('refuses it with sharing_restricted and leaves the case exactly as it was', () => {
    const before = structuredClone(active);
    const r = record(active, copy('pc-dad', '2025-03-17'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('sharing_restricted');
    expect(r.error.issues[0]?.path).toEqual(['payload', 'record', 'personId']);
    expect(r.error.message).not.toMatch(/father|molestation/i);
    expect(active).toEqual(before);
  });

  it('refuses it as sharing_restricted first, even when the record is wrong in other ways', () => {
    const before = structuredClone(active);
    const r = record(active, copy('pc-dad', '2025-03-17', { planVersion: 9 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('sharing_restricted');
    expect(r.error.issues.map((i) => [i.code, i.path.join('/')])).toEqual([
      ['sharing_restricted', 'payload/record/personId'],
      ['reference_not_found', 'payload/record/planVersion'],
    ]);
    expect(active).toEqual(before);
    const withCopy = withRecords(active, copy('pc-mum', '2025-03-17'));
    const reused = record(withCopy, copy('pc-dad', '2025-03-17', { id: 'copy-pc-mum-2025-03-17' }));
    expect(reused.ok ? undefined : reused.error.code).toBe('sharing_restricted');
  });

  it('accepts it with an explicit, reasoned override and keeps the override', () => {
    const state = withRecords(
      active,
      copy('pc-dad', '2025-03-17', {
        sharingOverride: {
          rationale: 'Redacted copy agreed at strategy meeting',
          authorisedBy: 'pr-lee',
        },
      } as Partial<InvolvementRecord>),
    );
    expect(state.record.involvement.at(-1)?.record).toMatchObject({
      sharingOverride: { authorisedBy: 'pr-lee' },
    });
  });

  it('refuses it on the first day of the restriction and accepts it the day before', () => {
    const early = ACTIVE.parentCarers([
      MUM,
      { ...DAD, restrictions: [{ ...NO_CONTACT, from: '2025-03-18' }] },
    ]).state();
    expect(record(early, copy('pc-dad', '2025-03-17')).ok).toBe(true);
    expect(record(early, copy('pc-dad', '2025-03-18')).ok).toBe(false);
  });

  it('refuses it on the last day of the restriction and accepts it the day after', () => {
    expect(record(active, copy('pc-dad', '2025-06-30')).ok).toBe(false);
    expect(record(active, copy('pc-dad', '2025-07-01')).ok).toBe(true);
  });

  it('refuses it under an open-ended no-sharing-of-whereabouts restriction', () => {
    const state = ACTIVE.parentCarers([
      MUM,
      {
        ...DAD,
        restrictions: [
          {
            kind: 'no-sharing-of-whereabouts',
            reason: 'Risk of abduction',
            source: 'safeguarding-decision',
          },
        ],
      },
    ]).state();
    const r = record(state, copy('pc-dad', '2030-01-01'));
    expect(r.ok ? undefined : r.error.code).toBe('sharing_restricted');
  });

  it('accepts it under supervised contact only', () => {
    const state = ACTIVE.parentCarers([
      MUM,
      {
        ...DAD,
        restrictions: [
          { kind: 'supervised-contact', reason: 'Contact centre', source: 'court-order' },
        ],
      },
    ]).state();
    expect(record(state, copy('pc-dad', '2025-03-17')).ok).toBe(true);
  });

  it('refuses it once a restriction is added by parentCarer.updated', () => {
    const state = withEvents(
      ACTIVE.state(),
      event('parentCarer.updated', '2025-03-17', {
        person: {
          ...MUM,
          restrictions: [
            { kind: 'no-sharing-of-plan', reason: 'Safeguarding', source: 'safeguarding-decision' },
          ],
        },
      }),
    );
    const r = record(state, copy('pc-mum', '2025-03-17'));
    expect(r.ok ? undefined : r.error.code).toBe('sharing_restricted');
  });
});

describe('references in an involvement record', () => {
  const invited = (extra: Partial<InvolvementRecord> = {}) =>
    ({
      kind: 'invited',
      id: 'inv-x',
      personId: 'pc-mum',
      on: '2025-03-18',
      meeting: 'review',
      ...extra,
    }) as InvolvementRecord;

  it('refuses a person the case does not hold', () => {
    const r = record(active, invited({ personId: 'pc-nobody' }));
    expect(r.ok ? undefined : r.error.code).toBe('reference_not_found');
    expect(r.ok ? undefined : r.error.issues[0]?.path).toEqual(['payload', 'record', 'personId']);
  });

  it('refuses an id already used by another record', () => {
    const state = withRecords(active, invited());
    const r = record(state, invited({ on: '2025-03-19' }));
    expect(r.ok ? undefined : r.error.code).toBe('conflicting_record');
  });

  it('lets a meeting record name the plan version being planned, but not one beyond it', () => {
    expect(record(active, invited({ meeting: 'planning-meeting', planVersion: 2 })).ok).toBe(true);
    const r = record(active, invited({ meeting: 'planning-meeting', planVersion: 3 }));
    expect(r.ok ? undefined : r.error.issues[0]?.path).toEqual([
      'payload',
      'record',
      'planVersion',
    ]);
  });

  it('refuses an agreement or a copy for a plan version that does not exist yet', () => {
    const agreement = {
      kind: 'plan-agreement',
      id: 'ag',
      personId: 'pc-mum',
      on: '2025-03-18',
      planVersion: 2,
      agreed: true,
    } as InvolvementRecord;
    expect(record(active, agreement).ok).toBe(false);
    expect(record(active, { ...agreement, planVersion: 1 } as InvolvementRecord).ok).toBe(true);
    expect(record(active, copy('pc-mum', '2025-03-18', { planVersion: 2 })).ok).toBe(false);
  });

  it('refuses a review the case does not hold', () => {
    const r = record(active, invited({ reviewId: 'rv-9' }));
    expect(r.ok ? undefined : r.error.issues[0]?.path).toEqual(['payload', 'record', 'reviewId']);
  });
});

describe('recording why a parent/carer is not involved', () => {
  // the child was born on 2009-06-01: 16 on 2025-06-01, 18 on 2027-06-01
  const notInvolved = (reason: string, on: string) =>
    ({
      kind: 'not-involved',
      id: `ni-${on}`,
      personId: 'pc-mum',
      on,
      reason,
      rationale: 'Explained and recorded',
    }) as InvolvementRecord;

  it('refuses the child’s wish the day before the child turns 16', () => {
    const r = record(active, notInvolved('childs-wish', '2025-05-31'));
    expect(r.ok ? undefined : r.error.issues[0]?.code).toBe('not_involved_reason_age');
  });

  it('accepts the child’s wish on the child’s 16th birthday', () => {
    expect(record(active, notInvolved('childs-wish', '2025-06-01')).ok).toBe(true);
  });

  it('refuses "child 18 or over" before the 18th birthday and accepts it on the day', () => {
    expect(record(active, notInvolved('child-18-or-over', '2027-05-31')).ok).toBe(false);
    expect(record(active, notInvolved('child-18-or-over', '2027-06-01')).ok).toBe(true);
  });

  it('accepts estrangement and safeguarding at any age', () => {
    expect(record(active, notInvolved('estranged', '2025-03-18')).ok).toBe(true);
    expect(record(active, notInvolved('safeguarding', '2025-03-18')).ok).toBe(true);
  });

  it('refuses a reason without a rationale at the boundary (schema)', () => {
    const r = record(active, {
      ...notInvolved('estranged', '2025-03-18'),
      rationale: '  ',
    } as InvolvementRecord);
    expect(r.ok ? undefined : r.error.code).toBe('invalid_input');
  });
});

describe('invalidating an involvement record', () => {
  const views = {
    kind: 'views-recorded',
    id: 'v-1',
    personId: 'pc-mum',
    on: DATES.activated,
    views: { inOwnWords: 'Wrong person', givenOn: DATES.activated },
  } as InvolvementRecord;
  const recorded = withRecords(active, views);
  const invalidated = withEvents(
    recorded,
    event('involvement.invalidated', '2025-03-20', {
      recordId: 'v-1',
      on: '2025-03-20',
      reason: 'Recorded against the wrong parent',
    }),
  );

  it('keeps the record, marked invalid with who, when and why', () => {
    expect(invalidated.record.involvement).toHaveLength(1);
    expect(invalidated.record.involvement[0]).toMatchObject({
      record: views,
      invalidated: { by: 'pr-test', on: '2025-03-20', reason: 'Recorded against the wrong parent' },
    });
  });

  it('keeps both the record and its correction in the history', () => {
    const types = historyOf(invalidated).map((h) => h.type);
    expect(types.slice(-2)).toEqual(['involvement.recorded', 'involvement.invalidated']);
  });

  it('does not change the state it was applied to', () => {
    expect(recorded.record.involvement[0]?.invalidated).toBeUndefined();
  });

  it('refuses to invalidate a record twice, or one that does not exist', () => {
    for (const recordId of ['v-1', 'v-9']) {
      const r = safeApplyEvent(
        invalidated,
        event('involvement.invalidated', '2025-03-21', {
          recordId,
          on: '2025-03-21',
          reason: 'Again',
        }),
      );
      expect(r.ok ? undefined : r.error.code).toBe('reference_not_found');
    }
  });

  it('refuses to reuse the invalidated record’s id for the corrected record', () => {
    const r = record(invalidated, { ...views, on: '2025-03-21' } as InvolvementRecord);
    expect(r.ok ? undefined : r.error.code).toBe('conflicting_record');
  });
});
