import fc from 'fast-check';
import { DISPOSAL_TYPES } from '../../law/disposals.js';
import type { PolicyInput } from '../../policy/index.js';
import { withOptional } from './primitives.js';

/** A whole number from `min` to `max`, shrinking to `min`. */
const int = (min: number, max: number) => fc.integer({ min, max });

const level = () => fc.constantFrom('standard' as const, 'enhanced' as const, 'intensive' as const);
const rating = () =>
  fc.constantFrom('low' as const, 'medium' as const, 'high' as const, 'very-high' as const);

/**
 * A band of contacts a month, its most never fewer than its least. Both ends are given: a band
 * with only `min` keeps the default `max`, which the new least could pass.
 */
const band = () =>
  fc.tuple(int(0, 20), int(0, 10)).map(([min, extra]) => ({ min, max: min + extra }));

/** Review timescales: any of them changed, each within its documented range. */
const reviews = () =>
  withOptional(
    {},
    {
      intervalMonths: int(1, 12),
      referralOrderPanelMonths: int(1, 12),
      triggeredReviewWorkingDays: int(1, 60),
      endOfOrderReviewWeeksBefore: int(0, 26),
      preReleaseReviewWorkingDays: int(0, 60),
    },
  );

const delivery = () =>
  withOptional(
    {},
    {
      referralDeadlineWorkingDays: int(1, 120),
      waitingListMaxDays: int(1, 730),
      actionOverdueGraceDays: int(0, 180),
      absenceThreshold: int(1, 10),
      absenceResponseWorkingDays: int(0, 30),
      reengagementWorkingDays: int(1, 60),
    },
  );

const involvement = () =>
  withOptional(
    {},
    { involvementExpectedBelowAge: int(10, 18), supportOfferWithinDays: int(0, 365) },
  );

/** Plan numbers whose overrides merge field by field without breaking a band. */
const planScalars = {
  outOfCourtMaxActiveObjectives: int(0, 50),
  exitPlanNoticeWeeks: int(1, 52),
  transitionNoticeWeeks: int(1, 104),
  agencyPlanAlignmentWorkingDays: int(1, 120),
  meetingActionsWorkingDays: int(1, 60),
  transitionReviewWorkingDays: int(1, 120),
  significantFactorFrom: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
  maxActiveObjectives: withOptional({}, { standard: int(0, 50), enhanced: int(0, 50) }),
  firstWeeks: withOptional({}, { weeks: int(1, 26) }),
  focusFrom: withOptional({}, { desistance: rating(), safetyOfOthers: rating() }),
};

const plan = () =>
  withOptional(
    {},
    {
      ...planScalars,
      contactsPerMonth: withOptional({}, { standard: band(), enhanced: band(), intensive: band() }),
      contingencyFrom: withOptional({}, { riskOfSeriousHarm: rating() }),
      suggestedLevel: withOptional(
        {},
        { likelihoodOfReoffending: withOptional({}, { medium: level(), high: level() }) },
      ),
    },
  );

/** What one disposal type overrides (never a band: half a band could cross the base band). */
const sectionOverrides = () =>
  withOptional(
    {},
    {
      plan: withOptional({}, planScalars),
      involvement: involvement(),
      delivery: delivery(),
      reviews: reviews(),
    },
  );

/**
 * A YOS policy: any of the documented defaults changed within their ranges (review timescales,
 * delivery and involvement numbers, plan proportionality), with overrides for some disposal
 * types. Every field it leaves out takes its default, so `{}` (the default policy) is where it
 * shrinks to.
 *
 * @example
 * fc.assert(fc.property(arbitraries.policy(), (p) => safeParsePolicy(p).ok));
 */
export const policy = (): fc.Arbitrary<PolicyInput> =>
  withOptional(
    {},
    {
      plan: plan(),
      involvement: involvement(),
      delivery: delivery(),
      reviews: reviews(),
      byDisposalType: fc.dictionary(fc.constantFrom(...DISPOSAL_TYPES), sectionOverrides(), {
        maxKeys: 3,
      }),
    },
  ) as fc.Arbitrary<PolicyInput>;
