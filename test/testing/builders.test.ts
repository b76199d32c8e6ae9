import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/_lib/calendar.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { DISPOSAL_TYPES } from '../../src/law/disposals.js';
import { AssessedFactorSchema, AssessmentSchema } from '../../src/model/assessment.js';
import { ChildSchema } from '../../src/model/child.js';
import { DisposalSchema, disposalIssuesForChild } from '../../src/model/disposal/index.js';
import { ParentCarerSchema } from '../../src/model/parentCarer.js';
import { InterventionPlanSchema, ObjectiveSchema, PlanActionSchema } from '../../src/model/plan.js';
import {
  aChild,
  aDisposal,
  aDisposalOfType,
  aFactor,
  anAction,
  anAssessment,
  anObjective,
  aParentCarer,
  aPlan,
  BUILDER_START,
  dateOfBirthForAge,
} from '../../src/testing/builders/index.js';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('aChild', () => {
  it('builds a child that parses with ChildSchema', () => {
    expect(ChildSchema.parse(aChild())).toEqual(aChild());
  });

  it('is 15 on the builder start date by default', () => {
    expect(ageOn(aChild().dateOfBirth, BUILDER_START)).toBe(15);
  });

  it('takes an age on a given date instead of a date of birth', () => {
    const child = aChild({ age: 12, on: '2024-06-30' });
    expect(ageOn(child.dateOfBirth, '2024-06-30')).toBe(12);
  });

  it('keeps any field it is given', () => {
    expect(aChild({ lookedAfter: true, id: 'child-9' })).toMatchObject({
      lookedAfter: true,
      id: 'child-9',
    });
  });

  it('rejects overrides that make an invalid child, with the path and no personal data', () => {
    const e = thrown(() => aChild({ dateOfBirth: '2010-02-30', preferredName: 'Secretname' }));
    expect(isYjplanError(e) && e.code).toBe('invalid_input');
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['dateOfBirth']);
    expect(String((e as Error).message)).not.toContain('Secretname');
  });
});

describe('dateOfBirthForAge', () => {
  it('gives the age asked for a few days either side of the date', () => {
    for (const age of [10, 15, 17]) {
      const dob = dateOfBirthForAge(age, '2025-09-01');
      expect(ageOn(dob, '2025-08-01')).toBe(age);
      expect(ageOn(dob, '2025-10-01')).toBe(age);
    }
  });
});

describe('aParentCarer', () => {
  it('builds a mother with parental responsibility that parses with ParentCarerSchema', () => {
    const p = aParentCarer();
    expect(ParentCarerSchema.parse(p)).toEqual(p);
    expect(p).toMatchObject({ relationship: 'mother', parentalResponsibility: true });
  });

  it('rejects a restriction that ends before it starts', () => {
    const e = thrown(() =>
      aParentCarer({
        restrictions: [
          {
            kind: 'no-contact',
            reason: 'Order',
            source: 'court-order',
            from: '2025-02-01',
            until: '2025-01-01',
          },
        ],
      }),
    );
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['restrictions', 0, 'until']);
  });
});

describe('aDisposal', () => {
  it.each(DISPOSAL_TYPES)('builds a valid %s that parses unchanged', (type) => {
    const d = aDisposalOfType(type);
    expect(d.type).toBe(type);
    expect(DisposalSchema.parse(d)).toEqual(d);
  });

  it.each(DISPOSAL_TYPES)('builds a %s lawful for the default 15-year-old', (type) => {
    expect(disposalIssuesForChild(aDisposalOfType(type), aChild().dateOfBirth)).toEqual([]);
  });

  it('dates every disposal from the builder start date, never the clock', () => {
    expect(aDisposal.youthCaution().decisionDate).toBe(BUILDER_START);
    expect(aDisposal.referralOrder().sentenceDate).toBe(BUILDER_START);
  });

  it('sets the length from months', () => {
    expect(aDisposal.referralOrder({ months: 9 }).lengthMonths).toBe(9);
    expect(aDisposal.dto({ months: 4 }).termMonths).toBe(4);
    expect(aDisposal.yro({ months: 6, on: '2025-01-10' }).endDate).toBe('2025-07-09');
  });

  it('builds a YRO with ISS of exactly the 6-month minimum', () => {
    expect(DisposalSchema.safeParse(aDisposal.yroIss({ months: 6 })).success).toBe(true);
  });

  it('rejects a referral order longer than 12 months, citing the law at the field', () => {
    const e = thrown(() => aDisposal.referralOrder({ months: 13 }));
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['lengthMonths']);
    expect((e as Error).message).toContain('Sentencing Act 2020');
  });

  it('accepts the 12-month boundary and rejects 2 months', () => {
    expect(aDisposal.referralOrder({ months: 12 }).lengthMonths).toBe(12);
    expect(() => aDisposal.referralOrder({ months: 2 })).toThrow();
  });
});

describe('anAssessment', () => {
  it('builds an assessment that parses with AssessmentSchema', () => {
    const a = anAssessment();
    expect(AssessmentSchema.parse(a)).toEqual(a);
  });

  it('chooses the intervention level the ratings suggest', () => {
    expect(anAssessment().interventionLevel).toBe('enhanced');
    expect(anAssessment({ ratings: { likelihoodOfReoffending: 'high' } }).interventionLevel).toBe(
      'intensive',
    );
    expect(
      anAssessment({
        ratings: {
          likelihoodOfReoffending: 'low',
          safetyAndWellbeing: 'low',
          riskOfSeriousHarm: 'low',
        },
      }).interventionLevel,
    ).toBe('standard');
  });

  it('keeps a level set against the ratings, with its rationale', () => {
    const a = anAssessment({ interventionLevel: 'intensive' });
    expect(a.interventionLevel).toBe('intensive');
    expect(a.interventionLevelRationale).toMatch(/judgement/);
  });

  it('adds a factor bearing on serious harm when the risk of serious harm is not low', () => {
    const a = anAssessment({ ratings: { riskOfSeriousHarm: 'high' } });
    expect(a.factors.some((f) => f.bearsOn.includes('serious-harm'))).toBe(true);
  });
});

describe('aPlan', () => {
  it('builds a plan that parses with InterventionPlanSchema', () => {
    const p = aPlan();
    expect(InterventionPlanSchema.parse(p)).toEqual(p);
  });

  it('addresses every significant factor of its assessment', () => {
    const assessment = anAssessment({ ratings: { likelihoodOfReoffending: 'high' } });
    const plan = aPlan({ assessment });
    const addressed = new Set(plan.objectives.flatMap((o) => o.addresses.factorIds));
    const deferred = new Set(plan.deferredFactors.map((d) => d.factorId));
    for (const f of assessment.factors)
      expect(addressed.has(f.id) || deferred.has(f.id)).toBe(true);
  });

  it('gives every objective a measure, a target date and at least one owned action', () => {
    const plan = aPlan();
    for (const o of plan.objectives) {
      expect(o.measureOfSuccess).toBeDefined();
      expect(o.targetDate).toBeDefined();
      expect(plan.actions.some((a) => a.objectiveId === o.id)).toBe(true);
    }
  });

  it('delivers each requirement of the disposal with an action', () => {
    const disposal = aDisposal.yro();
    const plan = aPlan({ disposal });
    for (const r of disposal.requirements) {
      expect(plan.actions.some((a) => a.deliversRequirement === r.id)).toBe(true);
    }
  });

  it('plans contacts at the scaled-approach frequency of the level', () => {
    expect(aPlan().plannedContactsPerMonth).toBe(4);
    expect(
      aPlan({ assessment: anAssessment({ ratings: { likelihoodOfReoffending: 'high' } }) })
        .plannedContactsPerMonth,
    ).toBe(12);
  });

  it('rejects an action for an objective the plan does not have', () => {
    const plan = aPlan();
    const e = thrown(() =>
      aPlan({
        actions: [
          { ...(plan.actions[0] as (typeof plan.actions)[number]), objectiveId: 'o-missing' },
        ],
      }),
    );
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['actions', 0, 'objectiveId']);
  });
});

describe('aFactor, anObjective, anAction', () => {
  it('build parts that parse with their schemas, from the typical assessment and plan', () => {
    expect(AssessedFactorSchema.parse(aFactor())).toEqual(anAssessment().factors[0]);
    expect(ObjectiveSchema.parse(anObjective())).toEqual(aPlan().objectives[0]);
    const action = anAction();
    expect(PlanActionSchema.parse(action)).toEqual(action);
    expect(action.deliversRequirement).toBeUndefined();
  });

  it('keep any field they are given', () => {
    expect(aFactor({ id: 'f-1', domain: 'lifestyle' })).toMatchObject({
      id: 'f-1',
      domain: 'lifestyle',
    });
    expect(anObjective({ id: 'o-2', dependsOn: ['o-1'] })).toMatchObject({ dependsOn: ['o-1'] });
    expect(anAction({ objectiveId: 'o-2', dueDate: '2025-10-01' })).toMatchObject({
      objectiveId: 'o-2',
      dueDate: '2025-10-01',
    });
  });

  it('reject overrides that make an invalid part, with the path', () => {
    const e = thrown(() => anObjective({ focus: [] }));
    expect(isYjplanError(e) && e.code).toBe('invalid_input');
    expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['focus']);
    expect(isYjplanError(thrown(() => aFactor({ id: '' })))).toBe(true);
    expect(isYjplanError(thrown(() => anAction({ dueDate: '1 Oct' })))).toBe(true);
  });
});
