import { describe, expect, it } from 'vitest';
import { action, findingsOf, kai, withPlan } from './_fixtures.js';

const RULE = 'plan.front-loaded';
// Kai's plan became active on 2025-09-24: its first 4 weeks run to 2025-10-21 inclusive. One
// action (the PRU place, 2025-10-10) is due in them; the enhanced level allows 4.

const withDue = (...dates: string[]) =>
  withPlan(kai, (p) => ({
    ...p,
    actions: [
      ...p.actions,
      ...dates.map((dueDate, i) =>
        action({
          id: `act-early-${i}`,
          objectiveId: 'o-school',
          description: 'Early step',
          owner: { kind: 'yos' },
          dueDate,
        }),
      ),
    ],
  }));

describe(RULE, () => {
  it('passes at exactly the maximum number of actions due in the first weeks', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
    expect(findingsOf(withDue('2025-09-24', '2025-09-30', '2025-10-21'), RULE)).toEqual([]);
  });

  it('flags one action more than the maximum, listing the actions due', () => {
    const [finding] = findingsOf(
      withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-21'),
      RULE,
    );
    expect(finding).toMatchObject({
      path: ['plan', 'actions'],
      evidence: { actionsDue: 5, maximum: 4, from: '2025-09-24', to: '2025-10-21', weeks: 4 },
    });
  });

  it('does not count actions due the day after the first weeks end', () => {
    expect(
      findingsOf(withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-22'), RULE),
    ).toEqual([]);
  });

  it('takes the window and the maximum from the policy', () => {
    const state = withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-22');
    expect(
      findingsOf(state, RULE, { policy: { plan: { firstWeeks: { weeks: 5 } } } }),
    ).toHaveLength(1);
    expect(
      findingsOf(kai, RULE, {
        policy: { plan: { firstWeeks: { maxActionsDue: { enhanced: 0 } } } },
      }),
    ).toHaveLength(1);
  });
});
