import { describe, expect, it } from 'vitest';
import type { ObjectiveFocus } from '../../../src/model/plan.js';
import { findingsOf, kai, withAssessment, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.no-desistance-focus';
const FOCUS: ObjectiveFocus = 'desistance';

const rated = (value: string, state = kai) =>
  withAssessment(state, (a) => ({
    ...a,
    ratings: { ...a.ratings, likelihoodOfReoffending: value as never },
  }));

/** Every objective has the focus under test (on `o-thinking`) or none has it. */
const focused = (has: boolean) =>
  withPlan(kai, (p) => ({
    ...p,
    objectives: p.objectives.map((o) => {
      const others = o.focus.filter((f) => f !== FOCUS);
      const focus: ObjectiveFocus[] = has && o.id === 'o-thinking' ? [...others, FOCUS] : others;
      return { ...o, focus: focus.length > 0 ? focus : ['safety-and-wellbeing'] };
    }),
  }));

describe(RULE, () => {
  it('passes when the rating calls for the focus and an objective has it', () => {
    expect(findingsOf(rated('medium', focused(true)), RULE)).toEqual([]);
  });

  it('flags a plan with no objective with the focus when the rating is at the threshold', () => {
    const [finding] = findingsOf(rated('medium', focused(false)), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['plan', 'objectives'],
      evidence: {
        rating: 'likelihoodOfReoffending',
        value: 'medium',
        threshold: 'medium',
        focus: FOCUS,
      },
    });
  });

  it('says nothing when the rating is below the threshold', () => {
    expect(findingsOf(rated('low', focused(false)), RULE)).toEqual([]);
  });

  it('does not count a withdrawn objective', () => {
    const withdrawn = withRecord(rated('high', focused(true)), (r) => ({
      ...r,
      objectiveUpdates: [
        {
          objectiveId: 'o-thinking',
          planVersion: 1,
          status: 'withdrawn',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(withdrawn, RULE)).toHaveLength(1);
  });

  it('takes the threshold from the policy', () => {
    const policy = { plan: { focusFrom: { desistance: 'high' as const } } };
    expect(findingsOf(rated('medium', focused(false)), RULE, { policy })).toEqual([]);
    expect(findingsOf(rated('high', focused(false)), RULE, { policy })).toHaveLength(1);
  });
});
