import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/_lib/calendar.js';
import { DISPOSAL_TYPES } from '../../src/law/disposals.js';
import { replay } from '../../src/lifecycle/replay.js';
import { AgreementSchema } from '../../src/model/agreement.js';
import {
  AssessedFactorSchema,
  AssessmentSchema,
  RatingsSchema,
  StrengthSchema,
  ViewsSchema,
} from '../../src/model/assessment.js';
import { ChildSchema, ResponsivityNeedSchema } from '../../src/model/child.js';
import {
  BreachActionSchema,
  ContactSchema,
  NotDeliveredSchema,
  ObjectiveProgressSchema,
  ReferralSchema,
  WarningSchema,
} from '../../src/model/delivery.js';
import {
  DisposalSchema,
  disposalIssuesForChild,
  YroRequirementSchema,
} from '../../src/model/disposal/index.js';
import { InvolvementRecordSchema } from '../../src/model/involvement.js';
import { OwnerSchema } from '../../src/model/owner.js';
import { ContactRestrictionSchema, ParentCarerSchema } from '../../src/model/parentCarer.js';
import {
  ContingencyPlanSchema,
  ExitPlanSchema,
  InterventionPlanSchema,
} from '../../src/model/plan.js';
import { ReviewOutcomeSchema } from '../../src/model/review.js';
import { VisibilitySchema } from '../../src/model/visibility.js';
import { arbitraries } from '../../src/testing/arbitraries/index.js';

const RUNS = { numRuns: 200 };

/** Every generated value parses, and parsing changes nothing (no default left to fill). */
const parsesUnchanged = <T>(arb: fc.Arbitrary<T>, schema: { parse: (v: unknown) => unknown }) =>
  fc.assert(
    fc.property(arb, (value) => {
      expect(schema.parse(value)).toEqual(value);
    }),
    RUNS,
  );

describe('arbitraries', () => {
  it.each([
    ['child', arbitraries.child(), ChildSchema],
    ['responsivityNeed', arbitraries.responsivityNeed(), ResponsivityNeedSchema],
    ['parentCarer', arbitraries.parentCarer(), ParentCarerSchema],
    ['contactRestriction', arbitraries.contactRestriction(), ContactRestrictionSchema],
    ['disposal', arbitraries.disposal(), DisposalSchema],
    ['yroRequirement', arbitraries.yroRequirement(), YroRequirementSchema],
    ['ratings', arbitraries.ratings(), RatingsSchema],
    ['views', arbitraries.views(), ViewsSchema],
    ['assessedFactor', arbitraries.assessedFactor(), AssessedFactorSchema],
    ['strength', arbitraries.strength(), StrengthSchema],
    ['assessment', arbitraries.assessment(), AssessmentSchema],
    ['interventionPlan', arbitraries.interventionPlan(), InterventionPlanSchema],
    ['owner', arbitraries.owner(), OwnerSchema],
    ['contingencyPlan', arbitraries.contingencyPlan(), ContingencyPlanSchema],
    ['exitPlan', arbitraries.exitPlan(), ExitPlanSchema],
    ['visibility', arbitraries.visibility(), VisibilitySchema],
    ['agreement', arbitraries.agreement(), AgreementSchema],
    ['involvementRecord', arbitraries.involvementRecord(), InvolvementRecordSchema],
    ['contact', arbitraries.contact(), ContactSchema],
    ['referral', arbitraries.referral(), ReferralSchema],
    ['notDelivered', arbitraries.notDelivered(), NotDeliveredSchema],
    ['warning', arbitraries.warning(), WarningSchema],
    ['breachAction', arbitraries.breachAction(), BreachActionSchema],
    ['objectiveProgress', arbitraries.objectiveProgress(), ObjectiveProgressSchema],
    ['reviewOutcome', arbitraries.reviewOutcome(), ReviewOutcomeSchema],
  ] as const)('%s only generates values its schema accepts unchanged', (_, arb, schema) => {
    parsesUnchanged(arb as fc.Arbitrary<unknown>, schema);
  });

  it.each(DISPOSAL_TYPES)('generates %s disposals within the law', (type) => {
    fc.assert(
      fc.property(arbitraries.disposal({ type }), (d) => {
        expect(d.type).toBe(type);
        expect(DisposalSchema.safeParse(d).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('covers every disposal type', () => {
    const seen = new Set(
      fc.sample(arbitraries.disposal(), { numRuns: 500, seed: 1 }).map((d) => d.type),
    );
    expect([...seen].sort()).toEqual([...DISPOSAL_TYPES].sort());
  });

  it('generates conviction dates on both sides of the 2022 Act', () => {
    const dates = fc.sample(arbitraries.disposal({ type: 'detention-and-training-order' }), {
      numRuns: 300,
      seed: 2,
    });
    const convictions = dates.map((d) => ('convictionDate' in d ? d.convictionDate : ''));
    expect(convictions.some((c) => c < '2022-06-28')).toBe(true);
    expect(convictions.some((c) => c >= '2022-06-28')).toBe(true);
  });

  it('pairs a child with a disposal lawful at their age', () => {
    fc.assert(
      fc.property(arbitraries.childWithDisposal(), ({ child, disposal }) => {
        expect(ChildSchema.parse(child)).toEqual(child);
        expect(DisposalSchema.safeParse(disposal).success).toBe(true);
        expect(disposalIssuesForChild(disposal, child.dateOfBirth)).toEqual([]);
        const on = 'decisionDate' in disposal ? disposal.decisionDate : disposal.convictionDate;
        const age = ageOn(child.dateOfBirth, on);
        expect(age).toBeGreaterThanOrEqual(10);
        expect(age).toBeLessThanOrEqual(17);
      }),
      { numRuns: 400 },
    );
  });

  it('makes a plan that refers only to its own assessment and objectives', () => {
    fc.assert(
      fc.property(arbitraries.assessmentWithPlan(['pc-1']), ([assessment, plan]) => {
        const factors = new Set(assessment.factors.map((f) => f.id));
        const strengths = new Set(assessment.strengths.map((s) => s.id));
        for (const o of plan.objectives) {
          expect(o.addresses.factorIds.every((id) => factors.has(id))).toBe(true);
          expect(o.addresses.strengthIds.every((id) => strengths.has(id))).toBe(true);
        }
        expect(plan.deferredFactors.every((d) => factors.has(d.factorId))).toBe(true);
        for (const a of plan.actions) {
          if (a.owner.kind === 'parent-carer') expect(a.owner.personId).toBe('pc-1');
        }
      }),
      RUNS,
    );
  });

  it('includes valid event sequences that replay through the lifecycle', () => {
    fc.assert(
      fc.property(arbitraries.validEventSequence(), (events) => {
        expect(replay(events).events).toHaveLength(events.length);
      }),
      { numRuns: 20 },
    );
  });

  it('gives distinct ids to the parents/carers of one case', () => {
    fc.assert(
      fc.property(arbitraries.people(), (people) => {
        expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
      }),
      RUNS,
    );
  });

  it('shrinks a failing disposal to a short, readable counterexample', () => {
    const result = fc.check(
      fc.property(
        arbitraries.disposal({ type: 'referral-order' }),
        (d) => d.type !== 'referral-order' || d.lengthMonths < 7,
      ),
      { seed: 42 },
    );
    expect(result.failed).toBe(true);
    const [counterexample] = result.counterexample ?? [];
    expect(counterexample).toEqual({
      type: 'referral-order',
      id: 'd-1',
      convictionDate: '2020-12-01',
      sentenceDate: '2020-12-01',
      lengthMonths: 7,
      parentOrderedToAttend: false,
    });
  });

  it('shrinks a failing plan to the plainest its schema allows: no objectives, actions or factors', () => {
    const result = fc.check(
      fc.property(arbitraries.assessmentWithPlan(), ([, plan]) => plan.plannedContactsPerMonth < 4),
      { seed: 7 },
    );
    const [pair] = result.counterexample ?? [];
    expect(pair?.[1].plannedContactsPerMonth).toBe(4);
    expect(pair?.[1].objectives).toEqual([]);
    expect(pair?.[1].actions).toEqual([]);
    expect(pair?.[0].factors).toEqual([]);
  });
});
