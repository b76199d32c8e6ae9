import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { Finding } from '../../src/checks/finding.js';
import { findingDigest, overridePayload } from '../../src/checks/overrides.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { eventDefinition } from '../../src/lifecycle/events/index.js';
import { deserializeCase } from '../../src/lifecycle/persist.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { aCase, YRO_EXAMPLE, yroExampleEvents } from '../../src/testing/index.js';
import { withPlan } from './plan/_fixtures.js';

const CONTACTS = 'plan.contact-level-mismatch';
const CONTACTS_TARGET = 'plan/plannedContactsPerMonth';

const overrideEvent = (id: string, on: string, payload: Record<string, unknown>) =>
  ({
    id,
    type: 'finding.overridden',
    at: `${on}T10:00:00Z`,
    by: 'pr-manager',
    payload: { on, rationale: 'Agreed at the risk meeting', ...payload },
  }) as CaseEventInput;

const withdrawEvent = (id: string, on: string, overrideEventId: string) =>
  ({
    id,
    type: 'finding.overrideWithdrawn',
    at: `${on}T11:00:00Z`,
    by: 'pr-manager',
    payload: { overrideEventId, on, reason: 'No longer applies' },
  }) as CaseEventInput;

const one = (state: CaseState, rule: string, asOf: string, policy?: object): Finding => {
  const found = checkCase(state, { asOf, rules: [rule], ...(policy && { policy }) })[0];
  if (!found) throw new Error(`expected a ${rule} finding`);
  return found;
};

describe('an override lapses when the plan version it was made under is replaced', () => {
  // A built referral order at the enhanced level: 4 contacts a month in both plan versions (the
  // default policy's minimum); a policy asking 5 flags both. Version 2 is active from 17 December.
  const policy = { plan: { contactsPerMonth: { enhanced: { min: 5 } } } };
  const inV1 = aCase().active({ activatedOn: '2025-09-24' });
  const v1Events = inV1.events();
  const toV2 = inV1.reviewed('revise-plan').events();
  const withOverride = [
    ...v1Events,
    overrideEvent('ov-v1', '2025-09-25', { rule: CONTACTS, target: CONTACTS_TARGET }),
    ...toV2.slice(v1Events.length, toV2.findLastIndex((e) => e.type === 'plan.activated') + 1),
  ];

  it('holds while plan version 1 is in force, and records that version', () => {
    const state = replay(withOverride.slice(0, v1Events.length + 1));
    expect(state.record.overrides[0]?.planVersion).toBe(1);
    expect(one(state, CONTACTS, '2025-10-01', policy).overridden?.eventId).toBe('ov-v1');
  });

  it('no longer holds once version 2 is active: the finding stands, the override is reported stale', () => {
    const finding = one(replay(withOverride), CONTACTS, '2025-12-24', policy);
    expect(finding.evidence).toMatchObject({ plannedContactsPerMonth: 4, min: 5 });
    expect(finding.overridden).toBeUndefined();
    expect(finding.staleOverride).toEqual({
      rationale: 'Agreed at the risk meeting',
      by: 'pr-manager',
      on: '2025-09-25',
      eventId: 'ov-v1',
      reason: 'plan-version-changed',
    });
  });

  it('holds again when an override is recorded under version 2', () => {
    const state = replay([
      ...withOverride,
      overrideEvent('ov-v2', '2025-12-24', { rule: CONTACTS, target: CONTACTS_TARGET }),
    ]);
    expect(one(state, CONTACTS, '2025-12-24', policy).overridden?.eventId).toBe('ov-v2');
  });
});

describe('an override with the finding’s evidence digest lapses when the evidence changes', () => {
  // Remi's plan sets 2 contacts a month at the enhanced level (4 to 11).
  const base = replay(yroExampleEvents());
  const asOf = YRO_EXAMPLE.asOf;
  const finding = one(base, CONTACTS, asOf);
  const digested = applyEvent(
    base,
    overrideEvent('ov-1', asOf, overridePayload(finding, { rationale: 'Fortnightly', on: asOf })),
  );
  const noContacts = (state: CaseState) =>
    withPlan(state, (p) => ({ ...p, plannedContactsPerMonth: 0 }));

  it('fills in rule, target and digest from the finding', () => {
    expect(overridePayload(finding, { rationale: 'Fortnightly', on: asOf })).toEqual({
      rule: CONTACTS,
      target: CONTACTS_TARGET,
      rationale: 'Fortnightly',
      on: asOf,
      evidenceDigest: findingDigest(finding),
    });
    expect(findingDigest(finding)).toMatch(/^e1-[0-9a-f]{16}$/);
  });

  it('holds while the evidence is the same', () => {
    expect(one(digested, CONTACTS, asOf).overridden?.eventId).toBe('ov-1');
  });

  it('is stale once the plan sets 0 contacts instead of 2', () => {
    const changed = one(noContacts(digested), CONTACTS, asOf);
    expect(changed.evidence).toMatchObject({ plannedContactsPerMonth: 0 });
    expect(changed.overridden).toBeUndefined();
    expect(changed.staleOverride?.reason).toBe('evidence-changed');
  });

  it('without a digest, holds for the plan version alone (logs written before digests)', () => {
    const plain = applyEvent(
      base,
      overrideEvent('ov-2', asOf, { rule: CONTACTS, target: CONTACTS_TARGET }),
    );
    expect(one(noContacts(plain), CONTACTS, asOf).overridden?.eventId).toBe('ov-2');
  });

  it('ignores evidence that only counts the days going by', () => {
    const overdue = one(base, 'delivery.action-overdue', asOf);
    const state = applyEvent(
      base,
      overrideEvent('ov-3', asOf, overridePayload(overdue, { rationale: 'Paused', on: asOf })),
    );
    const later = checkCase(state, { asOf: '2026-11-30', rules: ['delivery.action-overdue'] })[0];
    expect(later?.evidence.daysOverdue).toBe((overdue.evidence.daysOverdue as number) + 7);
    expect(later?.overridden?.eventId).toBe('ov-3');
  });

  it('digests evidence whatever the order of its keys', () => {
    const a = { rule: CONTACTS, path: ['plan'], evidence: { min: 4, max: 11 } };
    const b = { rule: CONTACTS, path: ['plan'], evidence: { max: 11, min: 4 } };
    expect(findingDigest(a)).toBe(findingDigest(b));
    expect(findingDigest(a)).not.toBe(findingDigest({ ...a, evidence: { min: 4, max: 12 } }));
  });

  it('rejects a digest that is not one, leaving the case as it was', () => {
    const r = safeApplyEvent(
      base,
      overrideEvent('ov-4', asOf, {
        rule: CONTACTS,
        target: CONTACTS_TARGET,
        evidenceDigest: 'Remi <script>',
      }),
    );
    expect(r.ok ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual([
      'payload.evidenceDigest',
    ]);
    if (!r.ok) expect(r.error.message).not.toContain('Remi');
    expect(base.record.overrides).toEqual([]);
  });
});

describe('finding.overrideWithdrawn', () => {
  const base = replay(yroExampleEvents());
  const asOf = YRO_EXAMPLE.asOf;
  const overridden = applyEvent(
    base,
    overrideEvent('ov-1', asOf, { rule: CONTACTS, target: CONTACTS_TARGET }),
  );
  const withdrawn = applyEvent(overridden, withdrawEvent('wd-1', '2026-11-24', 'ov-1'));

  it('makes the finding stand again, keeping the override in the record, marked', () => {
    const finding = one(withdrawn, CONTACTS, asOf);
    expect(finding.overridden).toBeUndefined();
    expect(finding.staleOverride).toBeUndefined();
    expect(withdrawn.record.overrides).toEqual([
      expect.objectContaining({
        eventId: 'ov-1',
        withdrawn: {
          eventId: 'wd-1',
          by: 'pr-manager',
          on: '2026-11-24',
          reason: 'No longer applies',
        },
      }),
    ]);
  });

  it('does not bring an older override of the same finding back', () => {
    const twice = applyEvent(
      overridden,
      overrideEvent('ov-2', asOf, { rule: CONTACTS, target: CONTACTS_TARGET }),
    );
    const state = applyEvent(twice, withdrawEvent('wd-2', asOf, 'ov-2'));
    expect(one(state, CONTACTS, asOf).overridden).toBeUndefined();
  });

  it('lets a new override hold after a withdrawal', () => {
    const state = applyEvent(
      withdrawn,
      overrideEvent('ov-3', '2026-11-25', { rule: CONTACTS, target: CONTACTS_TARGET }),
    );
    expect(one(state, CONTACTS, asOf).overridden?.eventId).toBe('ov-3');
  });

  it('rejects an unknown override, a second withdrawal and one dated before the override', () => {
    const codes = (state: CaseState, event: CaseEventInput) => {
      const r = safeApplyEvent(state, event);
      return r.ok ? [] : r.error.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(codes(overridden, withdrawEvent('wd-x', asOf, 'ov-none'))).toEqual([
      ['reference_not_found', 'payload.overrideEventId'],
    ]);
    expect(codes(withdrawn, withdrawEvent('wd-y', asOf, 'ov-1'))).toEqual([
      ['conflicting_record', 'payload.overrideEventId'],
    ]);
    expect(codes(overridden, withdrawEvent('wd-z', '2026-11-22', 'ov-1'))).toEqual([
      ['conflicting_record', 'payload.on'],
    ]);
    expect(overridden.record.overrides[0]?.withdrawn).toBeUndefined();
  });

  it('is accepted in every stage that accepts an override', () => {
    expect(eventDefinition('finding.overrideWithdrawn')?.moves).toEqual(
      eventDefinition('finding.overridden')?.moves,
    );
  });
});

describe('logs written before overrides recorded what they were made against', () => {
  it('loads the version 1 fixture (which holds no override)', () => {
    const text = readFileSync(new URL('../fixtures/case-v1.json', import.meta.url), 'utf8');
    const state = deserializeCase(text);
    expect(state.record.overrides).toEqual([]);
  });

  it('replays an override event in the old shape, which holds for the plan version where it stands', () => {
    const state = replay([
      ...yroExampleEvents(),
      {
        id: 'ov-old',
        type: 'finding.overridden',
        at: '2026-11-23T10:00:00Z',
        by: 'pr-manager',
        payload: { rule: CONTACTS, target: CONTACTS_TARGET, rationale: 'x', on: '2026-11-23' },
      },
    ]);
    expect(state.record.overrides[0]).toMatchObject({ planVersion: 1 });
    expect(state.record.overrides[0]).not.toHaveProperty('evidenceDigest');
    expect(one(state, CONTACTS, YRO_EXAMPLE.asOf).overridden?.eventId).toBe('ov-old');
  });
});
