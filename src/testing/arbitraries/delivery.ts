import fc from 'fast-check';
import {
  AttendanceSchema,
  type BreachAction,
  type Contact,
  ContactKindSchema,
  type NotDelivered,
  NotDeliveredReasonSchema,
  type ObjectiveProgress,
  type Referral,
  ReferralStatusSchema,
  type Warning,
} from '../../model/delivery.js';
import { AgencySchema } from '../../model/owner.js';
import { AchievementSchema } from '../../model/plan.js';
import { ReviewDecisionSchema, type ReviewOutcome } from '../../model/review.js';
import { ratings, views } from './assessment.js';
import { owner } from './plan.js';
import { after, dateArb, idArb, personIdArb, textArb, withOptional } from './primitives.js';

const objectiveIds = fc.uniqueArray(idArb('o', 4), { maxLength: 2 });

/**
 * A contact with the child: any kind and attendance, working on objectives `o-1` to `o-4`.
 *
 * @example
 * fc.assert(fc.property(arbitraries.contact(), (c) => ContactSchema.safeParse(c).success));
 */
export const contact = (): fc.Arbitrary<Contact> =>
  withOptional(
    {
      id: idArb('c', 99),
      date: dateArb(),
      kind: fc.constantFrom(...ContactKindSchema.options),
      attendance: fc.constantFrom(...AttendanceSchema.options),
      objectiveIds,
      deliveredBy: owner(),
    },
    { notes: textArb('Talked about college', 'Worked on the safety plan') },
  );

/**
 * A referral to a partner agency with a history that starts when it was made.
 *
 * @example
 * fc.assert(fc.property(arbitraries.referral(), (r) => r.history[0]?.status === 'made'));
 */
export const referral = (): fc.Arbitrary<Referral> =>
  fc
    .record({
      id: idArb('r'),
      agency: fc.constantFrom(...AgencySchema.options),
      service: textArb('Young people’s drug service', 'Housing options'),
      made: dateArb(),
      later: fc.array(
        fc.tuple(
          fc.constantFrom(...ReferralStatusSchema.exclude(['made']).options),
          fc.integer({ min: 1, max: 30 }),
        ),
        { maxLength: 3 },
      ),
      actionId: fc.option(idArb('act'), { nil: undefined }),
    })
    .map(({ made, later, actionId, ...r }) => {
      const history: Referral['history'][number][] = [{ status: 'made', on: made }];
      for (const [status, days] of later) {
        history.push({ status, on: after(history[history.length - 1]?.on ?? made, days) });
      }
      return { ...r, ...(actionId && { actionId }), history };
    });

/**
 * Why an action was not delivered ("other" always says why).
 *
 * @example
 * fc.assert(fc.property(arbitraries.notDelivered(), (n) => NotDeliveredSchema.safeParse(n).success));
 */
export const notDelivered = (): fc.Arbitrary<NotDelivered> =>
  fc
    .constantFrom(...NotDeliveredReasonSchema.options)
    .map((reason) =>
      reason === 'other' ? { reason, detail: 'Provider closed for refurbishment' } : { reason },
    );

/**
 * A compliance warning given with the consequences explained.
 *
 * @example
 * fc.assert(fc.property(arbitraries.warning(), (w) => w.consequencesExplained));
 */
export const warning = (): fc.Arbitrary<Warning> =>
  withOptional(
    {
      id: idArb('w'),
      on: dateArb(),
      reason: textArb('Missed supervision without contact'),
      consequencesExplained: fc.constant(true as const),
      contactIds: fc.uniqueArray(idArb('c', 99), { maxLength: 2 }),
    },
    { childAccount: textArb('My phone died', 'I forgot') },
  );

/**
 * Breach action: back to court or to the youth offender panel.
 *
 * @example
 * fc.assert(fc.property(arbitraries.breachAction(), (b) => BreachActionSchema.safeParse(b).success));
 */
export const breachAction = (): fc.Arbitrary<BreachAction> =>
  fc.record({
    id: idArb('b'),
    on: dateArb(),
    to: fc.constantFrom('court' as const, 'youth-offender-panel' as const),
    reason: textArb('Third unacceptable absence'),
    contactIds: fc.uniqueArray(idArb('c', 99), { maxLength: 3 }),
  });

/**
 * Progress on one objective, with evidence or not.
 *
 * @example
 * fc.assert(fc.property(arbitraries.objectiveProgress(), (p) => ObjectiveProgressSchema.safeParse(p).success));
 */
export const objectiveProgress = (): fc.Arbitrary<ObjectiveProgress> =>
  withOptional(
    {
      objectiveId: idArb('o', 4),
      on: dateArb(),
      achievement: fc.constantFrom(...AchievementSchema.options),
    },
    { evidence: textArb('Attended 85% over six weeks') },
  );

/**
 * A completed review's outcome: progress once per objective, the next review after the review
 * unless it closes the case.
 *
 * @example
 * fc.assert(fc.property(arbitraries.reviewOutcome(), (r) => ReviewOutcomeSchema.safeParse(r).success));
 */
export const reviewOutcome = (): fc.Arbitrary<ReviewOutcome> =>
  fc
    .record(
      {
        completedOn: dateArb(),
        progress: fc.uniqueArray(objectiveProgress(), {
          maxLength: 4,
          selector: (p) => p.objectiveId,
        }),
        parentCarerViews: fc.uniqueArray(fc.record({ personId: personIdArb, views: views() }), {
          maxLength: 2,
          selector: (v) => v.personId,
        }),
        decision: fc.constantFrom(...ReviewDecisionSchema.options),
        nextIn: fc.integer({ min: 1, max: 120 }),
        ratings: ratings(),
        childViews: views(),
        rationale: textArb('Steady progress'),
      },
      { requiredKeys: ['completedOn', 'progress', 'parentCarerViews', 'decision', 'nextIn'] },
    )
    .map(({ nextIn, ...r }) => ({
      ...r,
      ...(r.decision !== 'close' && { nextReviewDate: after(r.completedOn, nextIn) }),
    }));
