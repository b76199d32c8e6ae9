import { describe, expect, it } from 'vitest';
import {
  ContingencyPlanSchema,
  DeferredFactorSchema,
  ExitPlanSchema,
  InterventionPlanSchema,
  ObjectiveSchema,
  PlanActionSchema,
} from '../../src/model/plan.js';
import { nth, pathsOf, payloadOf } from './workedExampleParts.js';

const planV1 = () => payloadOf('plan.drafted').plan;
const planV2 = () => payloadOf('plan.revised').plan;
const objective = () => nth(planV1().objectives, 0);
const action = () => nth(planV1().actions, 0);

const contingency = {
  signs: ['Missing from home overnight', 'Seen with the older group again'],
  responses: [
    { response: 'Strategy discussion with children’s social care', owner: { kind: 'yos' } },
    {
      response: 'Share the concern with the school’s safeguarding lead',
      owner: { kind: 'partner-agency', agency: 'education', name: 'Pupil referral unit' },
    },
  ],
};

describe('InterventionPlanSchema', () => {
  it('accepts the worked example’s first plan: three objectives, five actions, one deferred factor', () => {
    const plan = InterventionPlanSchema.parse(planV1());
    expect(plan.objectives.map((o) => o.id)).toEqual(['o-school', 'o-peers', 'o-thinking']);
    expect(plan.actions).toHaveLength(5);
    expect(plan.deferredFactors).toHaveLength(1);
  });

  it('accepts the worked example’s revised plan with its exit plan', () => {
    const plan = InterventionPlanSchema.parse(planV2());
    expect(plan.exitPlan?.continuingServices).toHaveLength(2);
  });

  it('fills in objective and action defaults: active, not started, shared with everyone', () => {
    const plan = InterventionPlanSchema.parse(planV1());
    expect(plan.objectives[0]).toMatchObject({
      status: 'active',
      achievement: 'not-started',
      visibility: { child: true, parentsCarers: true, agencies: true },
    });
    expect(plan.actions[0]).toMatchObject({ status: 'planned', voluntary: false });
  });

  it('rejects an objective with no focus at its focus, naming the three foci', () => {
    const plan = planV1();
    plan.objectives[1] = { ...nth(plan.objectives, 1), focus: [] };
    const r = InterventionPlanSchema.safeParse(plan);
    expect(pathsOf(r)).toEqual([['objectives', 1, 'focus']]);
    expect(r.error?.issues[0]?.message).toMatch(
      /desistance, safety and wellbeing, or safety of others/,
    );
  });

  it('rejects an action for an objective that is not in the plan', () => {
    const plan = planV1();
    plan.actions[2] = { ...nth(plan.actions, 2), objectiveId: 'o-missing' };
    expect(pathsOf(InterventionPlanSchema.safeParse(plan))).toEqual([
      ['actions', 2, 'objectiveId'],
    ]);
  });

  it('rejects a dependency on an objective that is not in the plan', () => {
    const plan = planV1();
    plan.objectives[1] = { ...nth(plan.objectives, 1), dependsOn: ['o-school', 'o-gone'] };
    expect(pathsOf(InterventionPlanSchema.safeParse(plan))).toEqual([
      ['objectives', 1, 'dependsOn', 1],
    ]);
  });

  it('accepts objectives that depend on each other in a circle: the plan.sequence-cycle check flags them', () => {
    const plan = planV1();
    plan.objectives[0] = { ...nth(plan.objectives, 0), dependsOn: ['o-peers'] };
    plan.objectives[2] = { ...nth(plan.objectives, 2), dependsOn: ['o-thinking'] };
    expect(InterventionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('rejects repeated objective and action ids at the repeats', () => {
    const plan = planV1();
    plan.objectives.push({ ...nth(plan.objectives, 0) });
    plan.actions.push({ ...nth(plan.actions, 0) });
    expect(pathsOf(InterventionPlanSchema.safeParse(plan))).toEqual([
      ['objectives', 3, 'id'],
      ['actions', 5, 'id'],
    ]);
  });

  it('accepts 0 and 62 planned contacts a month and rejects 63 or a negative number', () => {
    for (const n of [0, 62]) {
      expect(
        InterventionPlanSchema.safeParse({ ...planV1(), plannedContactsPerMonth: n }).success,
      ).toBe(true);
    }
    for (const n of [63, -1]) {
      expect(
        pathsOf(InterventionPlanSchema.safeParse({ ...planV1(), plannedContactsPerMonth: n })),
      ).toEqual([['plannedContactsPerMonth']]);
    }
  });

  it('rejects an impossible review date at nextReviewDate', () => {
    expect(
      pathsOf(InterventionPlanSchema.safeParse({ ...planV1(), nextReviewDate: '2025-12-32' })),
    ).toEqual([['nextReviewDate']]);
  });

  it('rejects a misspelt key on the plan', () => {
    const r = InterventionPlanSchema.safeParse({ ...planV1(), nextReveiwDate: '2025-12-18' });
    expect(r.error?.issues.map((i) => [i.code, i.path])).toEqual([['unrecognized_keys', []]]);
  });
});

describe('ObjectiveSchema', () => {
  it('accepts the worked example’s objective in the practitioner’s and the child’s words', () => {
    const o = ObjectiveSchema.parse(objective());
    expect(o.childWords).toBe('Get back into school so I can do my BTEC sport');
  });

  it('accepts priority 1 and 99 and rejects 0, 100 and 1.5', () => {
    for (const priority of [1, 99]) {
      expect(ObjectiveSchema.safeParse({ ...objective(), priority }).success).toBe(true);
    }
    for (const priority of [0, 100, 1.5]) {
      expect(pathsOf(ObjectiveSchema.safeParse({ ...objective(), priority }))).toEqual([
        ['priority'],
      ]);
    }
  });

  it('rejects an unknown focus', () => {
    expect(pathsOf(ObjectiveSchema.safeParse({ ...objective(), focus: ['compliance'] }))).toEqual([
      ['focus', 0],
    ]);
  });

  it('rejects an objective withheld from the child without a reason', () => {
    const visibility = { child: false, parentsCarers: true, agencies: true };
    expect(pathsOf(ObjectiveSchema.safeParse({ ...objective(), visibility }))).toEqual([
      ['visibility', 'withheldReason'],
    ]);
  });
});

describe('PlanActionSchema', () => {
  it('accepts the worked example’s action owned by a partner agency', () => {
    expect(PlanActionSchema.parse(action()).owner).toEqual({
      kind: 'partner-agency',
      agency: 'education',
      name: 'Local authority inclusion team',
    });
  });

  it('rejects an action without an owner', () => {
    const { owner: _, ...rest } = action();
    expect(pathsOf(PlanActionSchema.safeParse(rest))).toEqual([['owner']]);
  });

  it('rejects an unknown status', () => {
    expect(pathsOf(PlanActionSchema.safeParse({ ...action(), status: 'maybe' }))).toEqual([
      ['status'],
    ]);
  });
});

describe('ContingencyPlanSchema', () => {
  it('accepts signs to watch for and who responds', () => {
    expect(ContingencyPlanSchema.safeParse(contingency).success).toBe(true);
  });

  it('rejects a contingency plan with no signs or no responses', () => {
    expect(pathsOf(ContingencyPlanSchema.safeParse({ ...contingency, signs: [] }))).toEqual([
      ['signs'],
    ]);
    expect(pathsOf(ContingencyPlanSchema.safeParse({ ...contingency, responses: [] }))).toEqual([
      ['responses'],
    ]);
  });
});

describe('ExitPlanSchema and DeferredFactorSchema', () => {
  it('accept the worked example’s exit plan and deferred factor', () => {
    expect(ExitPlanSchema.safeParse(planV2().exitPlan).success).toBe(true);
    expect(DeferredFactorSchema.safeParse(nth(planV1().deferredFactors, 0)).success).toBe(true);
  });

  it('reject a transition to adult services planned on an impossible date', () => {
    const exit = { transitionToAdultServices: { agency: 'probation', plannedOn: '2027-02-29' } };
    expect(pathsOf(ExitPlanSchema.safeParse(exit))).toEqual([
      ['transitionToAdultServices', 'plannedOn'],
    ]);
  });

  it('reject a deferred factor without the reason for deferring it', () => {
    expect(pathsOf(DeferredFactorSchema.safeParse({ factorId: 'f-family' }))).toEqual([['reason']]);
  });
});
