import { describe, expect, it } from 'vitest';
import type { Owner } from '../../../src/model/owner.js';
import { aCase, anAction } from '../../../src/testing/index.js';
import { findingsOf, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.front-loaded';

/**
 * A referral order in delivery as the testing kit builds it, at the enhanced level (which allows
 * 4), its plan active from 2025-09-24: the first 4 weeks run to 2025-10-21 inclusive. One action
 * (the education placement `act-ete-1`, 2025-10-10) is due in them, the inclusion team's:
 * nothing the child must do or attend is due yet; every other action is due on 2025-11-15.
 */
const base = withRecord(
  withPlan(
    aCase().referralOrder().assessed({ interventionLevel: 'enhanced' }).active().state(),
    (p) => ({
      ...p,
      actions: p.actions.map((a) => ({
        ...a,
        dueDate: a.id === 'act-ete-1' ? '2025-10-10' : '2025-11-15',
      })),
    }),
  ),
  (r) => ({ ...r, plans: r.plans.map((v) => ({ ...v, activatedOn: '2025-09-24' })) }),
);

const withDue = (...dates: string[]) =>
  withPlan(base, (p) => ({
    ...p,
    actions: [
      ...p.actions,
      ...dates.map((dueDate, i) =>
        anAction({
          id: `act-early-${i}`,
          objectiveId: 'o-ete',
          description: 'Early step',
          owner: { kind: 'child' },
          dueDate,
        }),
      ),
    ],
  }));

describe(RULE, () => {
  it('passes at exactly the maximum number of the child’s actions due in the first weeks', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(
      findingsOf(withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-21'), RULE),
    ).toEqual([]);
  });

  it('flags one action more than the maximum, listing the actions due', () => {
    const [finding] = findingsOf(
      withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-21'),
      RULE,
    );
    expect(finding).toMatchObject({
      path: ['plan', 'actions'],
      evidence: { actionsDue: 5, maximum: 4, from: '2025-09-24', to: '2025-10-21', weeks: 4 },
    });
    expect(finding?.evidence.actionIds).not.toContain('act-ete-1');
  });

  it('does not count actions due the day after the first weeks end', () => {
    expect(
      findingsOf(
        withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-22'),
        RULE,
      ),
    ).toEqual([]);
  });

  it('does not count a stabilising start by agencies, a parent and the YOS: the review’s example', () => {
    // 0.1.0: "5 actions fall due in the first 4 weeks of the plan; the policy allows 4".
    const extra = (id: string, owner: Owner, dueDate: string) =>
      anAction({ id, objectiveId: 'o-ete', description: 'Extra', owner, dueDate });
    const start = withPlan(base, (p) => ({
      ...p,
      actions: [
        ...p.actions,
        extra('act-salt', { kind: 'yos', role: 'case-manager' }, '2025-10-03'),
        extra(
          'act-ewo',
          { kind: 'partner-agency', agency: 'education', name: 'EWO' },
          '2025-10-06',
        ),
        extra('act-admissions', { kind: 'parent-carer', personId: 'pc-mum' }, '2025-10-08'),
        extra(
          'act-early-help',
          { kind: 'partner-agency', agency: 'social-care', name: 'EH' },
          '2025-10-13',
        ),
      ],
    }));
    expect(findingsOf(start, RULE)).toEqual([]);
  });

  it('counts what the action says the child attends, and the YOS’s sessions that deliver the order', () => {
    const marked = (childTakesPart: boolean) =>
      withPlan(withDue('2025-09-24', '2025-09-30', '2025-10-01'), (p) => ({
        ...p,
        actions: [
          ...p.actions.map((a) => (a.id === 'act-ete-1' ? { ...a, childTakesPart } : a)),
          anAction({
            id: 'act-session',
            objectiveId: 'o-thinking',
            description: 'First reparation session',
            owner: { kind: 'yos' },
            dueDate: '2025-10-07',
            deliversRequirement: 'ct-1',
          }),
        ],
      }));
    expect(findingsOf(marked(false), RULE)).toEqual([]);
    expect(findingsOf(marked(true), RULE)[0]?.evidence).toMatchObject({ actionsDue: 5 });
  });

  it('takes the window and the maximum from the policy', () => {
    const state = withDue('2025-09-24', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-22');
    expect(
      findingsOf(state, RULE, { policy: { plan: { firstWeeks: { weeks: 5 } } } }),
    ).toHaveLength(1);
    expect(
      findingsOf(withDue('2025-10-01'), RULE, {
        policy: { plan: { firstWeeks: { maxActionsDue: { enhanced: 0 } } } },
      }),
    ).toHaveLength(1);
  });
});
