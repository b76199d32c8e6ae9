import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lifecycle/replay.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { DTO_EXAMPLE, dtoExampleEvents } from '../../../src/testing/index.js';
import {
  enhancedReferralOrder,
  findingsOf,
  withAssessment,
  withPlan,
  withRecord,
} from './_fixtures.js';

/** A referral order in delivery at the enhanced level (see `_fixtures.ts`). */
const base = enhancedReferralOrder;

const RULE = 'plan.contact-level-mismatch';
// The case is at the enhanced level: the default minimum is 4 contacts a month, with no maximum.

const contacts = (n: number, state = base) =>
  withPlan(state, (p) => ({ ...p, plannedContactsPerMonth: n }));

describe(RULE, () => {
  it('passes at the minimum and at any rate above it', () => {
    expect(findingsOf(contacts(4), RULE)).toEqual([]);
    expect(findingsOf(contacts(11), RULE)).toEqual([]);
    expect(findingsOf(contacts(30), RULE)).toEqual([]);
  });

  it('flags one contact a month below the minimum', () => {
    const [finding] = findingsOf(contacts(3), RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'plannedContactsPerMonth'],
      evidence: { plannedContactsPerMonth: 3, min: 4, interventionLevel: 'enhanced' },
    });
    expect(finding?.evidence).not.toHaveProperty('max');
    expect(finding?.message).toContain('fewer than the at least 4');
  });

  it('never calls weekly contact at the standard level disproportionate: the review’s example', () => {
    // 0.1.0: "4 contacts a month, more than the 2 to 3 the policy sets for the standard level".
    const standard = withAssessment(base, (a) => ({ ...a, interventionLevel: 'standard' }));
    expect(findingsOf(contacts(4, standard), RULE)).toEqual([]);
    expect(findingsOf(contacts(1, standard), RULE)[0]?.message).toContain('fewer');
  });

  it('reports more contact only above a maximum a YOS sets itself', () => {
    const policy = { plan: { contactsPerMonth: { enhanced: { min: 4, max: 11 } } } };
    expect(findingsOf(contacts(12), RULE, { policy })[0]?.message).toContain('more');
  });

  it('reads the intervention level in force: a level a review re-set to intensive', () => {
    expect(findingsOf(contacts(11), RULE)).toEqual([]);
    const reviewed = withRecord(contacts(11), (r) => ({
      ...r,
      reviews: [
        {
          id: 'rv-x',
          trigger: 'change-in-risk',
          triggered: { by: 'pr-sam', on: '2025-09-26' },
          outcome: {
            completedOn: '2025-09-29',
            progress: [],
            ratings: {
              likelihoodOfReoffending: 'high',
              safetyAndWellbeing: 'medium',
              riskOfSeriousHarm: 'high',
            },
            interventionLevel: 'intensive',
            parentCarerViews: [],
            decision: 'continue',
            nextReviewDate: '2025-12-18',
          },
        },
      ],
    }));
    expect(findingsOf(reviewed, RULE)).toMatchObject([
      { evidence: { min: 12, interventionLevel: 'intensive' } },
    ]);
  });

  it('does not apply the scaled approach to out-of-court disposals', () => {
    const caution: Disposal = {
      type: 'community-resolution',
      id: 'cr-1',
      decisionDate: '2025-09-02',
    };
    expect(
      findingsOf(
        withRecord(contacts(1), (r) => ({ ...r, disposal: caution })),
        RULE,
      ),
    ).toEqual([]);
  });

  it('takes the band from the policy', () => {
    const policy = { plan: { contactsPerMonth: { enhanced: { min: 2, max: 3 } } } };
    expect(findingsOf(contacts(3), RULE, { policy })).toEqual([]);
    expect(findingsOf(base, RULE, { policy })).toHaveLength(1);
  });

  it('gives a fractional rate between two bands a YOS sets to the upper band, never to neither', () => {
    const policy = { plan: { contactsPerMonth: { standard: { min: 2, max: 3 } } } };
    const standard = withAssessment(base, (a) => ({ ...a, interventionLevel: 'standard' }));
    expect(findingsOf(contacts(3.5), RULE, { policy })).toEqual([]);
    expect(findingsOf(contacts(3.5, standard), RULE, { policy })[0]?.message).toContain('more');
    expect(findingsOf(contacts(3), RULE, { policy })[0]?.message).toContain('fewer');
    expect(findingsOf(contacts(1.5, standard), RULE, { policy })[0]?.message).toContain('fewer');
  });

  it('keeps a gap the policy leaves between bands', () => {
    const policy = { plan: { contactsPerMonth: { enhanced: { min: 6, max: 11 } } } };
    expect(findingsOf(contacts(4), RULE, { policy })[0]?.message).toContain('fewer');
    expect(findingsOf(contacts(6), RULE, { policy })).toEqual([]);
  });

  describe('in custody', () => {
    const jordan = (upTo: string) =>
      replay(dtoExampleEvents().filter((e) => e.at.slice(0, 10) <= upTo));
    const inCustody = jordan(DTO_EXAMPLE.asOfInCustody);

    it('holds the custody phase to its own expectation: monthly visits are enough (the review’s example)', () => {
      // 0.1.0: "fewer than the 4 to 11 the policy sets for the enhanced level".
      expect(findingsOf(contacts(1, inCustody), RULE, { asOf: DTO_EXAMPLE.asOfInCustody })).toEqual(
        [],
      );
    });

    it('still reports no planned contact at all while the child is in custody', () => {
      const [finding] = findingsOf(contacts(0, inCustody), RULE, {
        asOf: DTO_EXAMPLE.asOfInCustody,
      });
      expect(finding).toMatchObject({ evidence: { min: 1, inCustody: true } });
      expect(finding?.message).toContain('while the child is in custody');
    });

    it('applies the level’s minimum once the child is released', () => {
      const released = jordan(DTO_EXAMPLE.asOfAfterRelease);
      expect(
        findingsOf(contacts(1, released), RULE, { asOf: DTO_EXAMPLE.asOfAfterRelease }),
      ).toMatchObject([{ evidence: { min: 4, interventionLevel: 'enhanced' } }]);
    });
  });

  describe('a contact schedule that changes over the order', () => {
    const tapered = (reason?: string) =>
      withPlan(base, (p) => ({
        ...p,
        contactSchedule: [
          { from: '2026-01-05', contactsPerMonth: 2, ...(reason !== undefined && { reason }) },
        ],
      }));

    it('judges the rate of the period in force', () => {
      expect(findingsOf(tapered(), RULE, { asOf: '2026-01-04' })).toEqual([]);
      expect(findingsOf(tapered(), RULE, { asOf: '2026-01-05' })).toMatchObject([
        {
          path: ['plan', 'contactSchedule'],
          evidence: { plannedContactsPerMonth: 2, periodFrom: '2026-01-05' },
        },
      ]);
    });

    it('allows a planned tapering: a lower period with its reason recorded', () => {
      const reason = 'Tapering towards the end of the order as school settles';
      expect(findingsOf(tapered(reason), RULE, { asOf: '2026-02-01' })).toEqual([]);
    });
  });
});
