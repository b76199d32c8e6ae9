import fc from 'fast-check';
import {
  type AssessedFactor,
  type Assessment,
  FactorBearingSchema,
  FactorDomainSchema,
  FourPointRatingSchema,
  InterventionLevelSchema,
  type Ratings,
  ReoffendingRatingSchema,
  type Strength,
  type Views,
} from '../../model/assessment.js';
import { DOMAIN_CONTENT } from '../_lib/content.js';
import { DOMAIN_KEY } from '../_lib/makeAssessment.js';
import {
  dateArb,
  idArb,
  personIdArb,
  practitionerArb,
  textArb,
  withOptional,
} from './primitives.js';

/**
 * The three AssetPlus ratings.
 *
 * @example
 * fc.sample(arbitraries.ratings(), 1)[0]?.likelihoodOfReoffending;
 */
export const ratings = (): fc.Arbitrary<Ratings> =>
  fc.record({
    likelihoodOfReoffending: fc.constantFrom(...ReoffendingRatingSchema.options),
    safetyAndWellbeing: fc.constantFrom(...FourPointRatingSchema.options),
    riskOfSeriousHarm: fc.constantFrom(...FourPointRatingSchema.options),
  });

/**
 * Views in someone's own words.
 *
 * @example
 * fc.assert(fc.property(arbitraries.views(), (v) => ViewsSchema.safeParse(v).success));
 */
export const views = (): fc.Arbitrary<Views> =>
  fc.record({
    inOwnWords: textArb(
      'I want to get back to college',
      'Things are better at home',
      'I don’t want to see the drugs worker yet',
    ),
    givenOn: dateArb(),
  });

/**
 * An assessed factor in one domain; its id names the domain (`f-ete`).
 *
 * @example
 * fc.sample(arbitraries.assessedFactor(), 1)[0]?.id; // e.g. 'f-ete'
 */
export const assessedFactor = (): fc.Arbitrary<AssessedFactor> =>
  fc
    .record({
      domain: fc.constantFrom(...FactorDomainSchema.options),
      bearsOn: fc.uniqueArray(fc.constantFrom(...FactorBearingSchema.options), {
        minLength: 1,
        maxLength: 3,
      }),
      stability: fc.constantFrom('stable' as const, 'acute' as const),
      significance: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
    })
    .map((f) => ({
      id: `f-${DOMAIN_KEY[f.domain]}`,
      description: DOMAIN_CONTENT[f.domain].factor,
      ...f,
    }));

/**
 * A strength or protective factor.
 *
 * @example
 * fc.assert(fc.property(arbitraries.strength(), (s) => StrengthSchema.safeParse(s).success));
 */
export const strength = (): fc.Arbitrary<Strength> =>
  fc.record({
    id: idArb('s'),
    kind: fc.constantFrom('strength' as const, 'protective-factor' as const),
    domain: fc.constantFrom(...FactorDomainSchema.options),
    description: textArb('Plays for a local team', 'A grandparent the child trusts'),
  });

/**
 * An assessment: up to six factors in different domains, up to three strengths, any ratings and
 * level, views of the child and of parents/carers `pc-1` to `pc-3`.
 *
 * @example
 * fc.assert(fc.property(arbitraries.assessment(), (a) => AssessmentSchema.safeParse(a).success));
 */
export const assessment = (): fc.Arbitrary<Assessment> =>
  withOptional(
    {
      id: idArb('a', 3),
      kind: fc.constantFrom('initial' as const, 'reassessment' as const, 'out-of-court' as const),
      completedOn: dateArb(),
      completedBy: practitionerArb,
      factors: fc.uniqueArray(assessedFactor(), { maxLength: 6, selector: (f) => f.id }),
      strengths: fc.uniqueArray(strength(), { maxLength: 3, selector: (s) => s.id }),
      ratings: ratings(),
      interventionLevel: fc.constantFrom(...InterventionLevelSchema.options),
      parentCarerViews: fc.uniqueArray(fc.record({ personId: personIdArb, views: views() }), {
        maxLength: 2,
        selector: (v) => v.personId,
      }),
    },
    {
      interventionLevelRationale: textArb('Usual level for these ratings', 'Exploitation concerns'),
      childViews: views(),
    },
  );
