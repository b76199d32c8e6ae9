import { describe, expect, it } from 'vitest';
import {
  AssessedFactorSchema,
  AssessmentSchema,
  RatingsSchema,
  StrengthSchema,
  ViewsSchema,
} from '../../src/model/assessment.js';
import { nth, pathsOf, payloadOf } from './workedExampleParts.js';

const assessment = () => payloadOf('assessment.submitted').assessment;

describe('AssessmentSchema', () => {
  it('accepts the worked example’s initial assessment with its factors, strengths and views', () => {
    const a = AssessmentSchema.parse(assessment());
    expect(a.factors).toHaveLength(4);
    expect(a.strengths.map((s) => s.kind)).toEqual(['strength', 'protective-factor']);
    expect(a.interventionLevel).toBe('enhanced');
  });

  it('defaults the parents’ and carers’ views to none', () => {
    const { parentCarerViews: _, ...rest } = assessment();
    expect(AssessmentSchema.parse(rest).parentCarerViews).toEqual([]);
  });

  it('rejects an impossible completion date at completedOn', () => {
    expect(
      pathsOf(AssessmentSchema.safeParse({ ...assessment(), completedOn: '2025-09-31' })),
    ).toEqual([['completedOn']]);
  });

  it('rejects a repeated factor id at the repeat', () => {
    const a = assessment();
    const factors = [...a.factors, { ...nth(a.factors, 0) }];
    expect(pathsOf(AssessmentSchema.safeParse({ ...a, factors }))).toEqual([['factors', 4, 'id']]);
  });

  it('rejects a repeated strength id at the repeat', () => {
    const a = assessment();
    const strengths = [...a.strengths, { ...nth(a.strengths, 1) }];
    expect(pathsOf(AssessmentSchema.safeParse({ ...a, strengths }))).toEqual([
      ['strengths', 2, 'id'],
    ]);
  });

  it('rejects a rating outside its scale at its path', () => {
    const a = assessment();
    const ratings = { ...a.ratings, likelihoodOfReoffending: 'very-high' };
    expect(pathsOf(AssessmentSchema.safeParse({ ...a, ratings }))).toEqual([
      ['ratings', 'likelihoodOfReoffending'],
    ]);
  });

  it('rejects an unknown intervention level', () => {
    expect(
      pathsOf(AssessmentSchema.safeParse({ ...assessment(), interventionLevel: 'level2' })),
    ).toEqual([['interventionLevel']]);
  });

  it('rejects a misspelt key inside the child’s views', () => {
    const a = assessment();
    const childViews = { ...a.childViews, inHisOwnWords: 'x' };
    const r = AssessmentSchema.safeParse({ ...a, childViews });
    expect(r.error?.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrecognized_keys', ['childViews']],
    ]);
  });
});

describe('AssessedFactorSchema', () => {
  const factor = () => nth(assessment().factors, 0);

  it('accepts a factor bearing on desistance and safety and wellbeing', () => {
    expect(AssessedFactorSchema.safeParse(factor()).success).toBe(true);
  });

  it('rejects a factor that bears on nothing, saying what it must bear on', () => {
    const r = AssessedFactorSchema.safeParse({ ...factor(), bearsOn: [] });
    expect(pathsOf(r)).toEqual([['bearsOn']]);
    expect(r.error?.issues[0]?.message).toMatch(
      /desistance, safety and wellbeing, or serious harm/,
    );
  });

  it('rejects a factor that is neither stable nor acute', () => {
    expect(pathsOf(AssessedFactorSchema.safeParse({ ...factor(), stability: 'chronic' }))).toEqual([
      ['stability'],
    ]);
  });
});

describe('StrengthSchema, RatingsSchema and ViewsSchema', () => {
  it('accept the worked example’s parts', () => {
    const a = assessment();
    expect(StrengthSchema.safeParse(a.strengths[0]).success).toBe(true);
    expect(RatingsSchema.safeParse(a.ratings).success).toBe(true);
    expect(ViewsSchema.safeParse(a.childViews).success).toBe(true);
  });

  it('reject a strength that is neither a strength nor a protective factor', () => {
    const s = { ...nth(assessment().strengths, 0), kind: 'asset' };
    expect(pathsOf(StrengthSchema.safeParse(s))).toEqual([['kind']]);
  });

  it('reject ratings with one of the three missing', () => {
    const { riskOfSeriousHarm: _, ...two } = assessment().ratings;
    expect(pathsOf(RatingsSchema.safeParse(two))).toEqual([['riskOfSeriousHarm']]);
  });

  it('reject views given on an impossible date or with blank words', () => {
    expect(pathsOf(ViewsSchema.safeParse({ inOwnWords: 'ok', givenOn: '2025-02-29' }))).toEqual([
      ['givenOn'],
    ]);
    expect(pathsOf(ViewsSchema.safeParse({ inOwnWords: ' ', givenOn: '2025-02-28' }))).toEqual([
      ['inOwnWords'],
    ]);
  });
});
