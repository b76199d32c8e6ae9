import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  parsePolicy,
  resolvePolicy,
  safeParsePolicy,
} from '../../src/checks/policy/index.js';
import { PlanPolicySchema } from '../../src/checks/policy/planPolicy.js';
import { isYjplanError } from '../../src/errors/YjplanError.js';

describe('the plan policy', () => {
  it('is valid as {} and fills in every documented default', () => {
    expect(PlanPolicySchema.parse({})).toEqual(defaultPolicy.plan);
    expect(defaultPolicy.plan).toMatchObject({
      maxActiveObjectives: { standard: 3, enhanced: 5, intensive: 7 },
      outOfCourtMaxActiveObjectives: 2,
      contactsPerMonth: {
        standard: { min: 2, max: 3 },
        enhanced: { min: 4, max: 11 },
        intensive: { min: 12 },
      },
      firstWeeks: { weeks: 4, maxActionsDue: { standard: 3, enhanced: 4, intensive: 6 } },
      exitPlanNoticeWeeks: 8,
      transitionNoticeWeeks: 26,
      significantFactorFrom: 'medium',
      stabilityDomains: ['living-arrangements', 'substance-use', 'finances'],
    });
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

  // Known defect in src/checks/policy/index.ts (not owned by the plan checks): the per-type
  // override schema is `.partial()` of a section whose fields carry defaults, and zod 4 still
  // fills those defaults in, so an override silently resets the YOS's own numbers to the
  // defaults. Remove `.fails` once the override schema stops filling defaults.
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
