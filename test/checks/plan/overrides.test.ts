import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/checks/checkCase.js';
import { findingTarget } from '../../../src/checks/finding.js';
import { isYjplanError } from '../../../src/errors/YjplanError.js';
import { applyEvent, safeApplyEvent } from '../../../src/lifecycle/reducer.js';
import { replay } from '../../../src/lifecycle/replay.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import { YRO_EXAMPLE, yroExampleEvents } from '../../../src/testing/index.js';

const base = replay(yroExampleEvents());
const asOf = YRO_EXAMPLE.asOf;

const override = (state: CaseState, id: string, payload: Record<string, unknown>) =>
  applyEvent(state, {
    id,
    type: 'finding.overridden',
    at: '2026-11-23T10:00:00Z',
    by: YRO_EXAMPLE.manager,
    payload: { on: '2026-11-23', ...payload },
  } as never);

const contactsOverridden = override(base, 'ov-1', {
  rule: 'plan.contact-level-mismatch',
  target: 'plan/plannedContactsPerMonth',
  rationale: 'Fortnightly visits plus daily curfew monitoring; agreed at the risk meeting',
});

describe('overriding a finding with finding.overridden', () => {
  it('reports the finding as overridden, with the rationale, who and when, never dropping it', () => {
    const finding = checkCase(contactsOverridden, { asOf }).find(
      (f) => f.rule === 'plan.contact-level-mismatch',
    );
    expect(finding?.overridden).toEqual({
      rationale: 'Fortnightly visits plus daily curfew monitoring; agreed at the risk meeting',
      by: YRO_EXAMPLE.manager,
      on: '2026-11-23',
      eventId: 'ov-1',
    });
  });

  it('leaves every other finding as it was', () => {
    const others = (state: CaseState) =>
      checkCase(state, { asOf }).filter((f) => f.rule !== 'plan.contact-level-mismatch');
    expect(others(contactsOverridden)).toEqual(others(base));
  });

  it('matches one finding by its target, not every finding of the rule', () => {
    const state = override(base, 'ov-2', {
      rule: 'plan.sequence-order',
      target: 'plan/objectives/o-housing',
      rationale: 'Housing waits on a tenancy panel in January; the weapons work cannot',
    });
    const marked = checkCase(state, { asOf, rules: ['plan.sequence-order'] }).map((f) => [
      findingTarget(f),
      f.overridden !== undefined,
    ]);
    expect(marked).toEqual([
      ['plan/objectives/o-college', false],
      ['plan/objectives/o-college', false],
      ['plan/objectives/o-housing', true],
    ]);
  });

  it('uses the newest override of a finding', () => {
    const twice = override(contactsOverridden, 'ov-3', {
      rule: 'plan.contact-level-mismatch',
      target: 'plan/plannedContactsPerMonth',
      rationale: 'Reviewed: weekly contact from December',
    });
    const finding = checkCase(twice, { asOf, rules: ['plan.contact-level-mismatch'] })[0];
    expect(finding?.overridden?.eventId).toBe('ov-3');
  });

  it('accepts an override of a rule this version does not know, which matches nothing', () => {
    const state = override(base, 'ov-4', {
      rule: 'plan.retired-rule',
      target: 'plan',
      rationale: 'Old',
    });
    expect(checkCase(state, { asOf }).filter((f) => f.overridden)).toEqual([]);
  });

  it('rejects a target that is not a finding path, leaving the case as it was', () => {
    const r = safeApplyEvent(base, {
      id: 'ov-5',
      type: 'finding.overridden',
      at: '2026-11-23T10:00:00Z',
      by: YRO_EXAMPLE.manager,
      payload: {
        rule: 'plan.no-strengths',
        target: 'Remi has no strengths',
        rationale: 'x',
        on: '2026-11-23',
      },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(isYjplanError(r.error)).toBe(true);
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues.map((i) => i.path.join('.'))).toContain('payload.target');
    expect(r.error.message).not.toContain('Remi');
    expect(base.record.overrides).toEqual([]);
  });
});
