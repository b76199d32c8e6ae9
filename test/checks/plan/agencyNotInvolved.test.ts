import { describe, expect, it } from 'vitest';
import { factor, findingsOf, kai, withAssessment, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.agency-not-involved';
// Kai's education factor is covered by the inclusion team's action (owned by education).

const noEducationAction = withPlan(kai, (p) => ({
  ...p,
  actions: p.actions.map((a) =>
    a.id === 'act-pru-place'
      ? { ...a, owner: { kind: 'yos' as const, role: 'case-manager' as const } }
      : a,
  ),
}));

describe(RULE, () => {
  it('passes when the owning agency has an action', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
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

  it('waits for a factor the plan defers', () => {
    const state = withAssessment(
      withPlan(kai, (p) => ({
        ...p,
        deferredFactors: [{ factorId: 'f-health', reason: 'Later' }],
      })),
      (a) => ({
        ...a,
        factors: [...a.factors, factor({ id: 'f-health', domain: 'physical-health' })],
      }),
    );
    expect(findingsOf(state, RULE)).toEqual([]);
  });

  it('takes the agencies for each domain from the policy', () => {
    const policy = { plan: { agencyDomains: { lifestyle: ['voluntary-sector' as const] } } };
    expect(findingsOf(kai, RULE, { policy }).map((f) => f.path[2])).toEqual(['f-peers']);
  });
});
