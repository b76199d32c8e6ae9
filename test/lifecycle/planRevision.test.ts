import { describe, expect, it } from 'vitest';
import { latestPlan } from '../../src/lifecycle/derive.js';
import { planRevision, safePlanRevision } from '../../src/lifecycle/planRevision.js';
import { applyEvent } from '../../src/lifecycle/reducer.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { kaiAfter, kaiEvent } from './workedExample.js';

const failure = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error as { code: string; issues: { path: (string | number)[] }[]; message: string };
};

const snapshot = (state: CaseState) => JSON.stringify(state.record.plans);

describe('planRevision', () => {
  const afterReview = kaiAfter('review.completed', 2);

  it('numbers the new version after the latest and records the reason and day', () => {
    const payload = planRevision(afterReview, { on: '2025-12-19', reason: 'review' }, () => {});
    expect(payload.version).toBe((latestPlan(afterReview.record)?.version ?? 0) + 1);
    expect(payload.on).toBe('2025-12-19');
    expect(payload.reason).toBe('review');
  });

  it('applies the recipe to the new version and leaves every earlier version as it was', () => {
    const before = snapshot(afterReview);
    const payload = planRevision(afterReview, { on: '2025-12-19', reason: 'review' }, (plan) => {
      plan.plannedContactsPerMonth = 2;
      (plan.objectives[0] as { childWords?: string }).childWords = 'Go to college next year';
    });
    const latest = latestPlan(afterReview.record)?.plan;
    expect(payload.plan.plannedContactsPerMonth).toBe(2);
    expect(payload.plan.objectives[0]?.childWords).toBe('Go to college next year');
    expect(latest?.objectives[0]?.childWords).not.toBe('Go to college next year');
    expect(payload.plan.objectives.slice(1)).toEqual(latest?.objectives.slice(1));
    expect(snapshot(afterReview)).toBe(before);
  });

  it('gives a payload the lifecycle accepts as a plan.revised event', () => {
    const payload = planRevision(afterReview, { on: '2025-12-19', reason: 'review' }, (plan) => {
      plan.nextReviewDate = '2026-03-10';
    });
    const next = applyEvent(afterReview, kaiEvent('plan.revised', payload));
    expect(latestPlan(next.record)).toMatchObject({ version: payload.version, status: 'draft' });
    expect(latestPlan(next.record)?.plan.nextReviewDate).toBe('2026-03-10');
  });

  it('refuses an edit that makes the plan invalid, with the path inside the payload', () => {
    const error = failure(
      safePlanRevision(afterReview, { on: '2025-12-19', reason: 'review' }, (plan) => {
        (plan.objectives[0] as { focus?: unknown }).focus = undefined;
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path.slice(0, 4)).toEqual(['plan', 'objectives', 0, 'focus']);
  });

  it('requires a detail when the reason is "other"', () => {
    const error = failure(
      safePlanRevision(afterReview, { on: '2025-12-19', reason: 'other' }, () => {}),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path).toEqual(['reasonDetail']);
  });

  it('refuses an impossible day without quoting it', () => {
    const error = failure(
      safePlanRevision(afterReview, { on: '2025-02-30', reason: 'review' }, () => {}),
    );
    expect(error.issues[0]?.path).toEqual(['on']);
    expect(error.message).not.toContain('2025-02-30');
  });

  it('answers reference_not_found before any plan is drafted', () => {
    const error = failure(
      safePlanRevision(
        kaiAfter('assessment.signedOff'),
        { on: '2025-09-20', reason: 'review' },
        () => {},
      ),
    );
    expect(error.code).toBe('reference_not_found');
  });

  it('answers invalid_input for a recipe that is not a function, or a state with a broken record', () => {
    const notARecipe = failure(
      safePlanRevision(afterReview, { on: '2025-12-19', reason: 'review' }, 'edit' as never),
    );
    expect([notARecipe.code, notARecipe.issues[0]?.path]).toEqual(['invalid_input', ['recipe']]);
    const broken = { caseId: 'c', machineState: 'opened', record: {}, events: [{}] } as never;
    expect(
      failure(safePlanRevision(broken, { on: '2025-12-19', reason: 'review' }, () => {})).code,
    ).toBe('invalid_input');
  });

  it('answers invalid_input for something that is not a case state, and the throwing form throws it', () => {
    const notAState = { record: {} } as unknown as CaseState;
    expect(
      failure(safePlanRevision(notAState, { on: '2025-12-19', reason: 'review' }, () => {})).code,
    ).toBe('invalid_input');
    expect(() => planRevision(notAState, { on: '2025-12-19', reason: 'review' }, () => {})).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
