import { describe, expect, it } from 'vitest';
import type { Ratings } from '../../../src/model/assessment.js';
import { findingsOf, kai, withAssessment } from './_fixtures.js';

const RULE = 'assessment.intervention-level-unexplained';

const assessed = (
  ratings: Partial<Ratings>,
  level: 'standard' | 'enhanced' | 'intensive',
  rationale?: string,
) =>
  withAssessment(kai, (a) => ({
    ...a,
    ratings: { ...a.ratings, ...ratings },
    interventionLevel: level,
    interventionLevelRationale: rationale,
  }));

describe(RULE, () => {
  it('passes when the level is the one the ratings suggest, even with no rationale', () => {
    expect(findingsOf(kai, RULE)).toEqual([]);
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
});
