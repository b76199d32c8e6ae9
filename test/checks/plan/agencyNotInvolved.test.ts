import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../../src/model/delivery.js';
import { aCase, aFactor } from '../../../src/testing/index.js';
import { findingsOf, withAssessment, withPlan, withRecord } from './_fixtures.js';

/** A referral order in delivery, as the testing kit builds it: clean under every plan rule. */
const base = aCase().referralOrder().active().state();

const RULE = 'plan.agency-not-involved';
// The education factor is covered by the inclusion team's action (owned by education).

const noEducationAction = withPlan(base, (p) => ({
  ...p,
  actions: p.actions.map((a) =>
    a.id === 'act-ete-1'
      ? { ...a, owner: { kind: 'yos' as const, role: 'case-manager' as const } }
      : a,
  ),
}));

describe(RULE, () => {
  it('passes when the owning agency has an action', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
  });

  it('flags a significant education factor with no education action or referral', () => {
    expect(findingsOf(noEducationAction, RULE)).toEqual([
      expect.objectContaining({
        path: ['assessment', 'factors', 'f-ete'],
        evidence: {
          factorId: 'f-ete',
          domain: 'education-training-employment',
          agencies: ['education', 'employment-and-training'],
        },
      }),
    ]);
  });

  it('counts a referral to the agency', () => {
    const referred = withRecord(noEducationAction, (r) => ({
      ...r,
      referrals: [
        {
          id: 'r-1',
          agency: 'education',
          service: 'Pupil referral unit',
          history: [{ status: 'made', on: '2025-09-25' }],
        } as never,
      ],
    }));
    expect(findingsOf(referred, RULE)).toEqual([]);
  });

  const educationReferral = (...statuses: ReferralStatus[]) =>
    withRecord(noEducationAction, (r) => ({
      ...r,
      referrals: [
        {
          id: 'r-1',
          agency: 'education',
          service: 'Pupil referral unit',
          history: statuses.map((status, i) => ({ status, on: `2025-09-2${5 + i}` })),
        },
      ],
    }));

  it('does not count a referral the agency declined or could not take', () => {
    expect(findingsOf(educationReferral('made', 'declined'), RULE)).toHaveLength(1);
    expect(findingsOf(educationReferral('made', 'not-available'), RULE)).toHaveLength(1);
  });

  it('counts a referral that is waiting, under way or delivered', () => {
    for (const last of ['accepted', 'waiting-list', 'started', 'completed'] as const) {
      expect(findingsOf(educationReferral('made', last), RULE)).toEqual([]);
    }
    // A referral declined and then accepted on appeal is live again.
    expect(findingsOf(educationReferral('made', 'declined', 'accepted'), RULE)).toEqual([]);
  });

  it('does not count a cancelled action owned by the agency', () => {
    const cancelled = withRecord(base, (r) => ({
      ...r,
      actionUpdates: [
        ...r.actionUpdates,
        {
          actionId: 'act-ete-1',
          planVersion: 1,
          status: 'cancelled',
          by: 'pr-sam',
          on: '2025-09-30',
        },
      ],
    }));
    expect(findingsOf(cancelled, RULE).map((f) => f.path[2])).toEqual(['f-ete']);
  });

  it('flags a factor at the policy’s significance, not one below it', () => {
    const significance = (s: 'low' | 'medium') =>
      withAssessment(noEducationAction, (a) => ({
        ...a,
        factors: a.factors.map((f) => (f.id === 'f-ete' ? { ...f, significance: s } : f)),
      }));
    expect(findingsOf(significance('medium'), RULE)).toHaveLength(1);
    expect(findingsOf(significance('low'), RULE)).toEqual([]);
    expect(
      findingsOf(significance('medium'), RULE, {
        policy: { plan: { significantFactorFrom: 'high' } },
      }),
    ).toEqual([]);
  });

  it('waits for a factor the plan defers', () => {
    const state = withAssessment(
      withPlan(base, (p) => ({
        ...p,
        deferredFactors: [{ factorId: 'f-health', reason: 'Later' }],
      })),
      (a) => ({
        ...a,
        factors: [...a.factors, aFactor({ id: 'f-health', domain: 'physical-health' })],
      }),
    );
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the agencies for each domain from the policy', () => {
    const policy = { plan: { agencyDomains: { lifestyle: ['voluntary-sector' as const] } } };
    expect(findingsOf(base, RULE, { policy }).map((f) => f.path[2])).toEqual(['f-lifestyle']);
  });

  it('counts the agency as involved for a factor its own plan addresses, and for that factor only', () => {
    const elsewhere = withPlan(noEducationAction, (p) => ({
      ...p,
      addressedElsewhere: [
        { factorId: 'f-ete', agency: 'education', plan: 'Education, health and care plan' },
      ],
    }));
    expect(findingsOf(noEducationAction, RULE)).toHaveLength(1);
    expect(findingsOf(elsewhere, RULE)).toEqual([]);
  });
});
