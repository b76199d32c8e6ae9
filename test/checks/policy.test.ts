import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { defaultPolicy, resolvePolicy, safeParsePolicy } from '../../src/policy/index.js';
import { PlanPolicySchema } from '../../src/policy/planPolicy.js';
import { reviewSchedule } from '../../src/schedule/reviewSchedule.js';
import { parsePolicy } from '../../src/schemas.js';
import { aCase } from '../../src/testing/index.js';
import { AS_OF, findingsOf, withReview } from './plan/_fixtures.js';

/**
 * A referral order in delivery, as the testing kit builds it (clean under every rule), at the
 * enhanced level: its first plan sets its review three months out.
 */
const base = aCase().referralOrder().assessed({ interventionLevel: 'enhanced' }).active().state();

const issuePaths = (input: unknown) => {
  const r = safeParsePolicy(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('the plan policy', () => {
  it('is valid as {} and fills in every documented default', () => {
    expect(PlanPolicySchema.parse({})).toEqual(defaultPolicy.plan);
    expect(defaultPolicy.plan).toMatchObject({
      maxActiveObjectives: { standard: 3, enhanced: 5, intensive: 7 },
      outOfCourtMaxActiveObjectives: 2,
      fullLoadFromMonths: 6,
      contactsPerMonth: {
        standard: { min: 2 },
        enhanced: { min: 4 },
        intensive: { min: 12 },
      },
      custodyContactsPerMonth: { min: 1 },
      firstWeeks: { weeks: 4, maxActionsDue: { standard: 3, enhanced: 4, intensive: 6 } },
      exitPlanNoticeWeeks: 8,
      transitionNoticeWeeks: 26,
      agencyPlanAlignmentWorkingDays: 20,
      meetingActionsWorkingDays: 10,
      transitionReviewWorkingDays: 20,
      significantFactorFrom: 'medium',
      stabilityDomains: [
        'living-arrangements',
        'education-training-employment',
        'exploitation-and-victimisation',
      ],
      adaptationNeedKinds: [
        'speech-language-communication',
        'neurodiversity',
        'learning',
        'mental-health',
        'cultural-diversity',
      ],
    });
  });

  it('sets contact minimums only: no level has a default maximum', () => {
    for (const band of Object.values(defaultPolicy.plan.contactsPerMonth)) {
      expect(band.max).toBeUndefined();
    }
    expect(defaultPolicy.plan.custodyContactsPerMonth.max).toBeUndefined();
  });

  it('documents its compliance and review defaults: two unanswered absences, five days to revise after a rise in risk', () => {
    expect(defaultPolicy.delivery.absenceThreshold).toBe(2);
    expect(defaultPolicy.reviews.riskRiseRevisionWorkingDays).toBe(5);
  });

  it('keeps the defaults of the levels a YOS does not set', () => {
    const policy = parsePolicy({ plan: { maxActiveObjectives: { standard: 2 } } });
    expect(policy.plan.maxActiveObjectives).toEqual({ standard: 2, enhanced: 5, intensive: 7 });
  });

  it('rejects a bad number with invalid_policy and the path of the field', () => {
    const r = safeParsePolicy({ plan: { firstWeeks: { weeks: 0 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(isYjplanError(r.error)).toBe(true);
    expect(r.error.code).toBe('invalid_policy');
    expect(r.error.issues[0]?.path).toEqual(['plan', 'firstWeeks', 'weeks']);
  });

  it('rejects a contact band whose maximum is below its minimum', () => {
    const r = safeParsePolicy({ plan: { contactsPerMonth: { enhanced: { min: 4, max: 3 } } } });
    expect(r.ok ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual([
      'plan.contactsPerMonth.enhanced.max',
    ]);
  });

  it('rejects an unknown field, an unknown level and an unknown domain', () => {
    expect(() => parsePolicy({ plan: { maxObjectives: 3 } })).toThrow();
    expect(() => parsePolicy({ plan: { maxActiveObjectives: { extreme: 9 } } })).toThrow();
    expect(() => parsePolicy({ plan: { agencyDomains: { astrology: ['health'] } } })).toThrow();
  });

  it('lays a disposal type’s numbers over the YOS’s for that type only', () => {
    const policy = parsePolicy({
      byDisposalType: { 'youth-caution': { plan: { outOfCourtMaxActiveObjectives: 1 } } },
    });
    expect(resolvePolicy(policy, 'youth-caution').plan.outOfCourtMaxActiveObjectives).toBe(1);
    expect(resolvePolicy(policy, 'community-resolution').plan.outOfCourtMaxActiveObjectives).toBe(
      2,
    );
  });

  it('keeps the YOS’s own numbers for the fields a disposal-type override leaves out', () => {
    const policy = parsePolicy({
      plan: { exitPlanNoticeWeeks: 12 },
      byDisposalType: { 'referral-order': { plan: { outOfCourtMaxActiveObjectives: 1 } } },
    });
    expect(resolvePolicy(policy, 'referral-order').plan.exitPlanNoticeWeeks).toBe(12);
  });
});

describe('per-disposal-type overrides', () => {
  it('reports an override that makes its section invalid, at the override’s path', () => {
    const r = safeParsePolicy({
      byDisposalType: {
        'referral-order': { plan: { contactsPerMonth: { standard: { max: 1 } } } },
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_policy');
      expect(r.error.issues[0]?.path).toEqual([
        'byDisposalType',
        'referral-order',
        'plan',
        'contactsPerMonth',
        'standard',
        'max',
      ]);
    }
  });

  it('merges a nested override field by field and resolves each type once', () => {
    const policy = parsePolicy({
      plan: { maxActiveObjectives: { standard: 4 } },
      byDisposalType: { 'referral-order': { plan: { maxActiveObjectives: { enhanced: 6 } } } },
    });
    const resolved = resolvePolicy(policy, 'referral-order');
    expect(resolved.plan.maxActiveObjectives).toEqual({ standard: 4, enhanced: 6, intensive: 7 });
    expect(resolvePolicy(policy, 'referral-order')).toBe(resolved);
    expect(resolvePolicy(policy, 'fine').plan.maxActiveObjectives.enhanced).toBe(5);
  });
});

describe('a policy override says only what it changes, at every layer', () => {
  it('keeps a YOS’s own maximum when a later layer sets only the minimum of a band', () => {
    const policy = parsePolicy({
      plan: { contactsPerMonth: { standard: { max: 3 } } },
      byDisposalType: {
        'referral-order': { plan: { contactsPerMonth: { standard: { min: 1 } } } },
      },
    });
    expect(resolvePolicy(policy, 'referral-order').plan.contactsPerMonth.standard).toEqual({
      min: 1,
      max: 3,
    });
  });

  it('accepts a band’s maximum on its own, over the default minimum', () => {
    const policy = parsePolicy({ plan: { contactsPerMonth: { standard: { max: 5 } } } });
    expect(policy.plan.contactsPerMonth.standard).toEqual({ min: 2, max: 5 });
    expect(issuePaths({ plan: { contactsPerMonth: { standard: { max: 1 } } } })).toEqual([
      'plan.contactsPerMonth.standard.max',
    ]);
  });

  it('merges a disposal type’s band the same way', () => {
    const policy = parsePolicy({
      plan: { contactsPerMonth: { standard: { min: 1 } } },
      byDisposalType: {
        'youth-rehabilitation-order': { plan: { contactsPerMonth: { standard: { max: 5 } } } },
      },
    });
    expect(
      resolvePolicy(policy, 'youth-rehabilitation-order').plan.contactsPerMonth.standard,
    ).toEqual({
      min: 1,
      max: 5,
    });
  });

  it('replaces lists and records whole', () => {
    const policy = parsePolicy({
      plan: { agencyDomains: { lifestyle: ['voluntary-sector'] }, stabilityDomains: ['finances'] },
    });
    expect(policy.plan.agencyDomains).toEqual({ lifestyle: ['voluntary-sector'] });
    expect(policy.plan.stabilityDomains).toEqual(['finances']);
  });

  it('returns a policy it parsed before as it is', () => {
    const policy = parsePolicy({ reviews: { intervalMonths: 2 } });
    expect(parsePolicy(policy)).toBe(policy);
  });
});

describe('per-intervention-level overrides', () => {
  const policy = parsePolicy({
    plan: { exitPlanNoticeWeeks: 10 },
    byInterventionLevel: {
      intensive: {
        reviews: { intervalMonths: 1 },
        plan: { exitPlanNoticeWeeks: 12, transitionNoticeWeeks: 30, firstWeeks: { weeks: 6 } },
      },
    },
    byDisposalType: {
      'referral-order': {
        reviews: { intervalMonths: 2 },
        byInterventionLevel: { intensive: { plan: { exitPlanNoticeWeeks: 14 } } },
      },
    },
  });

  it('cover the review interval, the notice periods and the first weeks', () => {
    const intensive = resolvePolicy(policy, 'youth-rehabilitation-order', 'intensive');
    expect(intensive.reviews.intervalMonths).toBe(1);
    expect(intensive.plan).toMatchObject({
      exitPlanNoticeWeeks: 12,
      transitionNoticeWeeks: 30,
      firstWeeks: { weeks: 6, maxActionsDue: { intensive: 6 } },
    });
    expect(
      resolvePolicy(policy, 'youth-rehabilitation-order', 'standard').reviews.intervalMonths,
    ).toBe(3);
    expect(resolvePolicy(policy, 'youth-rehabilitation-order').plan.exitPlanNoticeWeeks).toBe(10);
  });

  it('lay the level, then the disposal type, then the type and level over the YOS’s numbers', () => {
    const ro = resolvePolicy(policy, 'referral-order', 'intensive');
    expect(ro.reviews.intervalMonths).toBe(2); // the type beats the level
    expect(ro.plan.exitPlanNoticeWeeks).toBe(14); // the type and level beat both
    expect(ro.plan.transitionNoticeWeeks).toBe(30); // the level, where the type says nothing
    expect(resolvePolicy(policy, 'referral-order', 'enhanced').plan.exitPlanNoticeWeeks).toBe(10);
  });

  it('report an override that makes its section invalid at the override’s path', () => {
    expect(
      issuePaths({
        byInterventionLevel: {
          standard: { plan: { contactsPerMonth: { standard: { max: 1 } } } },
        },
      }),
    ).toEqual(['byInterventionLevel.standard.plan.contactsPerMonth.standard.max']);
    expect(
      issuePaths({
        plan: { contactsPerMonth: { enhanced: { max: 11 } } },
        byDisposalType: {
          'youth-rehabilitation-order': {
            byInterventionLevel: {
              enhanced: { plan: { contactsPerMonth: { enhanced: { min: 20 } } } },
            },
          },
        },
      }),
    ).toEqual([
      'byDisposalType.youth-rehabilitation-order.byInterventionLevel.enhanced.plan.contactsPerMonth.enhanced.max',
    ]);
    expect(issuePaths({ byInterventionLevel: { extreme: {} } })).toHaveLength(1);
  });

  it('are applied by checkCase for the level of the assessment the plan rests on', () => {
    // The case is at the enhanced level; its first plan sets its review three months out.
    const rule = 'plan.review-interval-too-long';
    const at = (level: 'enhanced' | 'intensive') => ({
      policy: { byInterventionLevel: { [level]: { reviews: { intervalMonths: 1 } } } },
    });
    expect(findingsOf(base, rule, at('enhanced'))).toHaveLength(1);
    expect(findingsOf(base, rule, at('intensive'))).toEqual([]);
  });

  it('follow the level a review re-set, from the day of the review, in the checks and the schedule alike', () => {
    const rule = 'plan.review-interval-too-long';
    const policy = { byInterventionLevel: { intensive: { reviews: { intervalMonths: 1 } } } };
    const reviewed = withReview(base, {
      completedOn: '2025-09-29',
      ratings: { riskOfSeriousHarm: 'high' },
      interventionLevel: 'intensive',
    });
    expect(findingsOf(reviewed, rule, { policy, asOf: '2025-09-28' })).toEqual([]);
    expect(
      findingsOf(reviewed, rule, { policy, asOf: '2025-09-29' }).map((f) => f.path.join('/')),
    ).toContain('plan/nextReviewDate');
    const interval = (asOf: string) =>
      reviewSchedule(reviewed, { asOf, policy }).scheduled.find((s) => s.reason === 'interval');
    const before = reviewSchedule(base, { asOf: '2025-09-30', policy }).scheduled.find(
      (s) => s.reason === 'interval',
    );
    expect(interval('2025-09-30')?.date).not.toEqual(before?.date);
  });

  it('are applied by reviewSchedule for the same level, so the schedule and the checks agree', () => {
    const interval = (level: 'enhanced' | 'intensive') =>
      reviewSchedule(base, {
        asOf: AS_OF,
        policy: { byInterventionLevel: { [level]: { reviews: { intervalMonths: 1 } } } },
      }).scheduled.find((s) => s.reason === 'interval');
    expect(interval('enhanced')?.date).not.toEqual(interval('intensive')?.date);
  });
});

describe('a parsed policy', () => {
  it('is frozen, so no caller can change the defaults every other policy shares', () => {
    const policy = parsePolicy({ plan: {} });
    expect(() => {
      (policy.reviews as { intervalMonths: number }).intervalMonths = -5;
    }).toThrow(TypeError);
    expect(defaultPolicy.reviews.intervalMonths).toBe(3);
    expect(Object.isFrozen(resolvePolicy(policy, 'referral-order'))).toBe(true);
  });
});

describe('checkCase and reviewSchedule at the boundary', () => {
  const notAState = { caseId: 'c', record: {} } as unknown as CaseState;
  it('answer invalid_input for something that is not a case state', () => {
    for (const call of [
      () => checkCase(notAState, { asOf: AS_OF }),
      () => reviewSchedule(notAState, { asOf: AS_OF }),
    ]) {
      expect(call).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
  });
  it('answer invalid_input at ["asOf"] for an impossible date, without quoting it', () => {
    for (const call of [
      () => checkCase(base, { asOf: '2025-02-30' }),
      () => reviewSchedule(base, { asOf: '2025-02-30' }),
    ]) {
      try {
        call();
        expect.unreachable();
      } catch (e) {
        expect(isYjplanError(e) && e.issues[0]?.path).toEqual(['asOf']);
        expect(String((e as Error).message)).not.toContain('2025-02-30');
      }
    }
  });
});
