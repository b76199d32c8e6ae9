import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';
import { uniqueIds } from './refinements.js';

/**
 * The areas an AssetPlus-style assessment looks at: personal, family and social factors,
 * offending, and foundations for change.
 *
 * @example
 * FactorDomainSchema.parse('education-training-employment');
 */
export const FactorDomainSchema = z.enum([
  'living-arrangements',
  'family-and-relationships',
  'education-training-employment',
  'substance-use',
  'physical-health',
  'emotional-mental-health',
  'speech-language-communication-neurodisability',
  'lifestyle',
  'finances',
  'exploitation-and-victimisation',
  'offending-behaviour',
  'attitudes-and-thinking',
  'motivation-and-maturity',
  'parenting',
  'other',
]);

/**
 * An assessment domain.
 *
 * @example
 * const domain: FactorDomain = 'living-arrangements';
 */
export type FactorDomain = Immutable<z.infer<typeof FactorDomainSchema>>;

/**
 * What a factor bears on: the three inspection questions (the child's desistance, the child's
 * safety and wellbeing, the risk of serious harm to others).
 *
 * @example
 * FactorBearingSchema.parse('serious-harm');
 */
export const FactorBearingSchema = z.enum(['desistance', 'safety-and-wellbeing', 'serious-harm']);

/**
 * What a factor bears on.
 *
 * @example
 * const bearing: FactorBearing = 'desistance';
 */
export type FactorBearing = Immutable<z.infer<typeof FactorBearingSchema>>;

/**
 * An assessed factor: what it is about, what it bears on, whether it is stable or acute, and
 * how significant it is.
 *
 * @example
 * AssessedFactorSchema.parse({ id: 'f-housing', domain: 'living-arrangements', description: 'Sofa-surfing since March', bearsOn: ['desistance', 'safety-and-wellbeing'], stability: 'acute', significance: 'high' });
 */
export const AssessedFactorSchema = z.strictObject({
  id: IdSchema,
  domain: FactorDomainSchema,
  description: TextSchema,
  bearsOn: z.array(FactorBearingSchema).min(1, {
    error: 'A factor bears on at least one of desistance, safety and wellbeing, or serious harm',
  }),
  stability: z.enum(['stable', 'acute']),
  significance: z.enum(['low', 'medium', 'high']),
});

/**
 * An assessed factor.
 *
 * @example
 * const factor: AssessedFactor = AssessedFactorSchema.parse(input);
 */
export type AssessedFactor = Immutable<z.infer<typeof AssessedFactorSchema>>;

/**
 * A strength or protective factor the plan can build on.
 *
 * @example
 * StrengthSchema.parse({ id: 's-boxing', kind: 'strength', domain: 'lifestyle', description: 'Trains at a boxing club twice a week' });
 */
export const StrengthSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['strength', 'protective-factor']),
  domain: FactorDomainSchema,
  description: TextSchema,
});

/**
 * A strength or protective factor.
 *
 * @example
 * const s: Strength = { id: 's-mum', kind: 'protective-factor', domain: 'family-and-relationships', description: 'Supportive mother' };
 */
export type Strength = Immutable<z.infer<typeof StrengthSchema>>;

/**
 * The likelihood-of-reoffending rating: low, medium or high.
 *
 * @example
 * ReoffendingRatingSchema.parse('medium');
 */
export const ReoffendingRatingSchema = z.enum(['low', 'medium', 'high']);
/**
 * The four-point scale of the safety-and-wellbeing and risk-of-serious-harm ratings.
 *
 * @example
 * FourPointRatingSchema.parse('very-high');
 */
export const FourPointRatingSchema = z.enum(['low', 'medium', 'high', 'very-high']);

/**
 * The three AssetPlus ratings.
 *
 * @example
 * RatingsSchema.parse({ likelihoodOfReoffending: 'medium', safetyAndWellbeing: 'medium', riskOfSeriousHarm: 'low' });
 */
export const RatingsSchema = z.strictObject({
  likelihoodOfReoffending: ReoffendingRatingSchema,
  safetyAndWellbeing: FourPointRatingSchema,
  riskOfSeriousHarm: FourPointRatingSchema,
});

/**
 * The three ratings.
 *
 * @example
 * const r: Ratings = { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'medium', riskOfSeriousHarm: 'low' };
 */
export type Ratings = Immutable<z.infer<typeof RatingsSchema>>;
/**
 * A four-point rating.
 *
 * @example
 * const rosh: FourPointRating = 'high';
 */
export type FourPointRating = Immutable<z.infer<typeof FourPointRatingSchema>>;

/**
 * The scaled-approach intervention level: standard, enhanced or intensive.
 *
 * @example
 * InterventionLevelSchema.parse('enhanced');
 */
export const InterventionLevelSchema = z.enum(['standard', 'enhanced', 'intensive']);
/**
 * The scaled-approach intervention level.
 *
 * @example
 * const level: InterventionLevel = 'intensive';
 */
export type InterventionLevel = Immutable<z.infer<typeof InterventionLevelSchema>>;

/**
 * Views in someone's own words, with when they were given.
 *
 * @example
 * ViewsSchema.parse({ inOwnWords: 'I want to stay at my nan’s and finish my course', givenOn: '2025-03-03' });
 */
export const ViewsSchema = z.strictObject({
  inOwnWords: TextSchema,
  givenOn: IsoDateSchema,
});

/**
 * Views in someone's own words.
 *
 * @example
 * const v: Views = { inOwnWords: 'I want to get back to school', givenOn: '2025-09-10' };
 */
export type Views = Immutable<z.infer<typeof ViewsSchema>>;

/**
 * An AssetPlus-style assessment: factors, strengths, ratings, intervention level with its
 * rationale, and the views of the child (self-assessment) and each parent/carer.
 * Sign-off is recorded by its own event and held beside the assessment in the case.
 *
 * @example
 * AssessmentSchema.parse({
 *   id: 'a-1', kind: 'initial', completedOn: '2025-03-10', completedBy: 'pr-7',
 *   factors: [], strengths: [],
 *   ratings: { likelihoodOfReoffending: 'low', safetyAndWellbeing: 'low', riskOfSeriousHarm: 'low' },
 *   interventionLevel: 'standard',
 *   parentCarerViews: [],
 * });
 */
export const AssessmentSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['initial', 'reassessment', 'out-of-court']),
    completedOn: IsoDateSchema,
    completedBy: IdSchema,
    factors: z.array(AssessedFactorSchema).max(200),
    strengths: z.array(StrengthSchema).max(200),
    ratings: RatingsSchema,
    interventionLevel: InterventionLevelSchema,
    interventionLevelRationale: TextSchema.optional(),
    childViews: ViewsSchema.optional(),
    parentCarerViews: z
      .array(z.strictObject({ personId: IdSchema, views: ViewsSchema }))
      .max(20)
      .default([]),
  })
  .superRefine((a, ctx) => {
    uniqueIds(a.factors, ['factors'], ctx);
    uniqueIds(a.strengths, ['strengths'], ctx);
  });

/**
 * An assessment, as parsed (defaults applied).
 *
 * @example
 * const a: Assessment = AssessmentSchema.parse(input);
 * a.parentCarerViews; // [] when none were given
 */
export type Assessment = Immutable<z.infer<typeof AssessmentSchema>>;
/**
 * What a host passes to describe an assessment (defaults not yet applied).
 *
 * @example
 * const input: AssessmentInput = { ...assessment, parentCarerViews: undefined };
 */
export type AssessmentInput = Immutable<z.input<typeof AssessmentSchema>>;
