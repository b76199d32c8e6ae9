import { describe, expect, it } from 'vitest';
import type { Ratings } from '../../../src/model/assessment.js';
import { enhancedReferralOrder, findingsOf, withAssessment, withReview } from './_fixtures.js';

/** A referral order in delivery at the enhanced level (see `_fixtures.ts`). */
const base = enhancedReferralOrder;

const RULE = 'assessment.intervention-level-unexplained';

const assessed = (
  ratings: Partial<Ratings>,
  level: 'standard' | 'enhanced' | 'intensive',
  rationale?: string,
) =>
  withAssessment(base, (a) => ({
    ...a,
    ratings: { ...a.ratings, ...ratings },
    interventionLevel: level,
    interventionLevelRationale: rationale,
  }));

describe(RULE, () => {
  it('passes when the level is the one the ratings suggest, even with no rationale', () => {
    expect(findingsOf(base, RULE)).toEqual([]);
    expect(findingsOf(assessed({}, 'enhanced'), RULE)).toEqual([]);
    expect(findingsOf(assessed({ likelihoodOfReoffending: 'low' }, 'standard'), RULE)).toEqual([]);
  });

  it('flags a level other than suggested with no rationale, taking the higher of the two ratings', () => {
    const [finding] = findingsOf(assessed({ riskOfSeriousHarm: 'high' }, 'enhanced'), RULE);
    expect(finding).toMatchObject({
      path: ['assessment', 'interventionLevel'],
      evidence: { interventionLevel: 'enhanced', suggestedLevel: 'intensive' },
    });
    expect(findingsOf(assessed({ likelihoodOfReoffending: 'low' }, 'enhanced'), RULE)).toHaveLength(
      1,
    );
  });

  it('accepts a recorded rationale for a different level', () => {
    expect(
      findingsOf(
        assessed({ riskOfSeriousHarm: 'high' }, 'enhanced', 'Risk managed by MAPPA'),
        RULE,
      ),
    ).toEqual([]);
  });

  it('takes the suggested levels from the policy', () => {
    const policy = {
      plan: { suggestedLevel: { riskOfSeriousHarm: { high: 'enhanced' as const } } },
    };
    expect(
      findingsOf(assessed({ riskOfSeriousHarm: 'high' }, 'enhanced'), RULE, { policy }),
    ).toEqual([]);
  });

  describe('after a review re-rates the child', () => {
    const raised = { riskOfSeriousHarm: 'high' as const, safetyAndWellbeing: 'very-high' as const };

    it('reports a level the new ratings no longer suggest: the review’s example', () => {
      // 0.1.0 said nothing: the assessment's rationale (enhanced, medium ratings) still stood.
      const [finding] = findingsOf(
        withReview(base, { completedOn: '2025-09-29', ratings: raised }),
        RULE,
      );
      expect(finding).toMatchObject({
        path: ['assessment', 'interventionLevel'],
        evidence: {
          interventionLevel: 'enhanced',
          suggestedLevel: 'intensive',
          reratedAt: { reviewId: 'rv-risk', on: '2025-09-29' },
        },
      });
      expect(finding?.message).toContain('A review re-rated the child');
    });

    it('passes when the review re-sets the level, or explains keeping it', () => {
      const reset = withReview(base, {
        completedOn: '2025-09-29',
        ratings: raised,
        interventionLevel: 'intensive',
      });
      expect(findingsOf(reset, RULE)).toEqual([]);
      const kept = withReview(base, {
        completedOn: '2025-09-29',
        ratings: raised,
        interventionLevel: 'enhanced',
        interventionLevelRationale:
          'Risk is to one named person; managed through the contingency plan',
      });
      expect(findingsOf(kept, RULE)).toEqual([]);
    });

    it('reports a level a review set against the ratings without saying why, at the review', () => {
      const set = withReview(base, {
        completedOn: '2025-09-29',
        ratings: raised,
        interventionLevel: 'enhanced',
      });
      expect(findingsOf(set, RULE)).toMatchObject([
        { path: ['reviews', 'rv-risk', 'outcome', 'interventionLevel'] },
      ]);
    });

    it('keeps an assessment’s rationale for a re-rating that suggests the same level', () => {
      const explained = assessed({ riskOfSeriousHarm: 'high' }, 'enhanced', 'Reasons recorded');
      expect(findingsOf(explained, RULE)).toEqual([]);
      const same = withReview(explained, {
        completedOn: '2025-09-29',
        ratings: { riskOfSeriousHarm: 'very-high' },
      });
      expect(findingsOf(same, RULE)).toEqual([]);
    });
  });
});
