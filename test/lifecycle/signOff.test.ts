/**
 * Separation of duties: a sign-off is a manager's countersignature. The one who wrote an
 * assessment or a plan version cannot sign it off, and once a case records its staff only a
 * member with the manager role can.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { kaiAfter } from './workedExample.js';

const at = (date: string) => `${date}T12:00:00Z`;
const signOffPlan = (by: string): CaseEventInput => ({
  id: 'e-sign',
  type: 'plan.signedOff',
  at: at('2025-09-24'),
  by,
  payload: { version: 1, on: '2025-09-24' },
});
const signOffAssessment = (by: string): CaseEventInput => ({
  id: 'e-sign',
  type: 'assessment.signedOff',
  at: at('2025-09-15'),
  by,
  payload: { assessmentId: 'a-1', on: '2025-09-15' },
});
const staff = (state: CaseState, id: string, roles: string[]) =>
  applyEvent(state, {
    id: `e-staff-${state.events.length}`,
    type: 'staff.recorded',
    at: at('2025-09-10'),
    by: 'pr-sam',
    payload: { member: { id, roles }, on: '2025-09-10' },
  } as CaseEventInput);

/** Refused with sign_off_not_permitted, the issue naming the rule, the case unchanged. */
function expectRefused(state: CaseState, event: CaseEventInput, rule: string) {
  const before = JSON.stringify(state);
  const r = safeApplyEvent(state, event);
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error.code).toBe('sign_off_not_permitted');
  expect(!r.ok && r.error.issues[0]).toMatchObject({ code: rule, path: ['by'] });
  expect(JSON.stringify(state)).toBe(before);
}

describe('plan.signedOff', () => {
  const drafted = () => kaiAfter('plan.agreementRecorded', 2);

  it('refuses the plan version’s author signing it off', () => {
    const author = drafted().record.plans[0]?.drafted.by as string;
    expectRefused(drafted(), signOffPlan(author), 'author_cannot_sign_off');
  });

  it('accepts another practitioner while the case records no staff, and a manager once it does', () => {
    expect(safeApplyEvent(drafted(), signOffPlan('pr-someone')).ok).toBe(true);
    const withStaff = staff(drafted(), 'pr-manager-lee', ['manager']);
    expect(safeApplyEvent(withStaff, signOffPlan('pr-manager-lee')).ok).toBe(true);
  });

  it('refuses someone without the manager role once the case records its staff', () => {
    const withStaff = staff(staff(drafted(), 'pr-manager-lee', ['manager']), 'pr-ana', [
      'practitioner',
    ]);
    expectRefused(withStaff, signOffPlan('pr-ana'), 'manager_role_required');
    expectRefused(withStaff, signOffPlan('pr-unknown'), 'manager_role_required');
  });

  it('refuses a manager who wrote the version: the role does not make a countersignature', () => {
    const state = staff(drafted(), 'pr-sam', ['case-manager', 'manager']);
    expectRefused(state, signOffPlan('pr-sam'), 'author_cannot_sign_off');
  });
});

describe('assessment.signedOff', () => {
  const submitted = () => kaiAfter('assessment.submitted');

  it('refuses the assessment’s author, named in it or as the one who submitted it', () => {
    const state = submitted();
    const written = state.record.assessments[0];
    expectRefused(
      state,
      signOffAssessment(written?.assessment?.completedBy as string),
      'author_cannot_sign_off',
    );
    expectRefused(
      state,
      signOffAssessment(written?.submittedBy as string),
      'author_cannot_sign_off',
    );
  });

  it('accepts a manager the case records', () => {
    const state = staff(submitted(), 'pr-manager-lee', ['manager']);
    expect(
      applyEvent(state, signOffAssessment('pr-manager-lee')).record.assessments[0]?.status,
    ).toBe('signed-off');
  });
});

describe('staff.recorded', () => {
  it('replaces what was recorded for the same member, and refuses a role given twice or none', () => {
    const state = staff(staff(kaiAfter('case.opened'), 'pr-ana', ['practitioner']), 'pr-ana', [
      'manager',
    ]);
    expect(state.record.staff).toEqual([{ id: 'pr-ana', roles: ['manager'] }]);
    for (const roles of [[], ['manager', 'manager'], ['boss']]) {
      const r = safeApplyEvent(kaiAfter('case.opened'), {
        id: 'e-bad',
        type: 'staff.recorded',
        at: at('2025-09-10'),
        by: 'pr-sam',
        payload: { member: { id: 'pr-ana', roles }, on: '2025-09-10' },
      } as CaseEventInput);
      expect(!r.ok && r.error.code).toBe('invalid_input');
      expect(!r.ok && r.error.issues[0]?.path.slice(0, 3)).toEqual(['payload', 'member', 'roles']);
    }
  });
});
