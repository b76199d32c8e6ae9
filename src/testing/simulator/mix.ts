/**
 * The mix of a simulated caseload. Every figure here is an illustrative weight chosen to give
 * test suites a realistic spread of cases, loosely shaped like a youth justice service's
 * caseload (diversion and referral orders common, custody rare); none is a statistic and none
 * is law. Weights are relative (they need not sum to 100).
 * @internal
 */
import type { DisposalType } from '../../law/disposals.js';
import type { ReviewDecision, ReviewTrigger } from '../../model/review.js';
import { numberWeights, type Weighted, weights } from '../_lib/choices.js';
import type { LengthPreferences } from '../_lib/lawful.js';

/**
 * Disposals: out-of-court 39%, referral orders 34%, reparation orders 2%, YROs 17.5%
 * (with ISS 2%, with fostering 0.5%), DTOs 5%, long-term detention 1%. Discharges and fines
 * carry no YOS intervention plan, so a caseload never includes them (ask for one by type).
 *
 * @example
 * DISPOSAL_MIX.find(([type]) => type === 'referral-order')?.[1]; // 340
 */
export const DISPOSAL_MIX: Weighted<DisposalType> = weights({
  'community-resolution': 120,
  'outcome-22': 100,
  'youth-caution': 100,
  'youth-conditional-caution': 70,
  'reparation-order': 20,
  'referral-order': 340,
  'youth-rehabilitation-order': 150,
  'youth-rehabilitation-order-iss': 20,
  'youth-rehabilitation-order-fostering': 5,
  'detention-and-training-order': 50,
  'long-term-detention': 10,
});

/**
 * Typical lengths in months (terms for custody), where the court chooses one: the law tables
 * bound them (a length the law does not allow on the day is never drawn).
 *
 * @example
 * LENGTH_MIX['referral-order']?.[2]; // [6, 35]
 */
export const LENGTH_MIX: LengthPreferences = {
  'referral-order': numberWeights({ 3: 10, 4: 10, 6: 35, 9: 20, 12: 25 }),
  'youth-rehabilitation-order': numberWeights({ 6: 20, 9: 20, 12: 40, 18: 15, 24: 5 }),
  'youth-rehabilitation-order-iss': numberWeights({ 6: 40, 9: 30, 12: 30 }),
  'youth-rehabilitation-order-fostering': numberWeights({ 12: 1 }),
  'detention-and-training-order': numberWeights({
    4: 25,
    6: 25,
    8: 20,
    10: 10,
    12: 12,
    18: 5,
    24: 3,
  }),
  'long-term-detention': numberWeights({ 24: 30, 30: 20, 36: 30, 48: 20 }),
};

/**
 * Age at the decision or conviction: older children dominate, more so for custody.
 *
 * @example
 * AGE_MIX.custody[0]; // [12, 1]
 */
export const AGE_MIX: Readonly<Record<'out-of-court' | 'court' | 'custody', Weighted<number>>> = {
  'out-of-court': numberWeights({ 10: 2, 11: 3, 12: 6, 13: 10, 14: 16, 15: 21, 16: 22, 17: 20 }),
  court: numberWeights({ 10: 1, 11: 1, 12: 3, 13: 7, 14: 14, 15: 22, 16: 26, 17: 26 }),
  custody: numberWeights({ 12: 1, 13: 3, 14: 8, 15: 22, 16: 32, 17: 34 }),
};

/**
 * How a child engages: the chance each contact is attended, missed with a good reason, or
 * missed without one (which a court order answers with warnings and, on a third, breach
 * action); and how readily objectives move on between reviews.
 *
 * @example
 * ENGAGEMENT_MIX[0][0].name; // 'engaged'
 */
export const ENGAGEMENT_MIX: Weighted<{
  readonly name: 'engaged' | 'variable' | 'disengaged';
  readonly acceptableAbsence: number;
  readonly unacceptableAbsence: number;
  readonly progress: number;
}> = [
  [{ name: 'engaged', acceptableAbsence: 0.04, unacceptableAbsence: 0.02, progress: 0.75 }, 70],
  [{ name: 'variable', acceptableAbsence: 0.07, unacceptableAbsence: 0.05, progress: 0.5 }, 22],
  [{ name: 'disengaged', acceptableAbsence: 0.08, unacceptableAbsence: 0.12, progress: 0.25 }, 8],
];

/**
 * Chances of the less common events (per case unless said otherwise).
 *
 * @example
 * CHANCES.transfer; // 0.02
 */
export const CHANCES = {
  /** The child is looked after by a local authority. */
  lookedAfter: 0.12,
  /** A second parent is under a court order forbidding contact. */
  restrictedParent: 0.07,
  /** The case is transferred to another service part-way through. */
  transfer: 0.02,
  /** A change in the child's life triggers a review, per month of delivery. */
  triggeredReviewPerMonth: 0.04,
  /** A partner agency's service has a waiting list. */
  waitingList: 0.25,
  /** A referral is declined or the service is not available locally. */
  referralFails: 0.12,
  /** An action is not delivered by its due date (the child unwilling, or another reason). */
  actionNotDelivered: 0.1,
  /** The closing review is held after the disposal ends (soon after) rather than before. */
  lateClosingReview: 0.15,
  /** A scheduled review is completed after its due date. */
  lateReview: 0.1,
  /** Parenting support is offered to a parent/carer. */
  parentingSupport: 0.3,
  /** A review records the ratings afresh (assumption: most reviews of a court order do). */
  reviewReRates: 0.6,
  /** A review after a change in risk or a new offence finds the risk of serious harm higher. */
  riskRisesAfterChange: 0.5,
  /** A multi-agency meeting about a child with high risk, safety concerns or in care. */
  multiAgencyMeeting: 0.6,
  /** The youth offender panel varies the contract at a review (adds a term). */
  contractVariedAtReview: 0.1,
} as const;

/**
 * What a review decides, by what triggered it.
 *
 * @example
 * DECISIONS.scheduled?.[0]; // ['continue', 85]
 */
export const DECISIONS: Readonly<Partial<Record<ReviewTrigger, Weighted<ReviewDecision>>>> & {
  readonly other: Weighted<ReviewDecision>;
} = {
  scheduled: weights({ continue: 85, 'revise-plan': 12, reassess: 3 }),
  'release-from-custody': weights({ 'revise-plan': 60, continue: 40 }),
  'non-compliance': weights({ continue: 50, 'revise-plan': 45, reassess: 5 }),
  'change-in-risk': weights({ reassess: 45, 'revise-plan': 40, continue: 15 }),
  'new-offence': weights({ reassess: 45, 'revise-plan': 40, continue: 15 }),
  'new-order': weights({ 'revise-plan': 70, reassess: 30 }),
  other: weights({ continue: 55, 'revise-plan': 40, reassess: 5 }),
};

/**
 * Changes that trigger a review between the scheduled ones.
 *
 * @example
 * CHANGE_TRIGGERS[0]?.[0]; // 'significant-change-in-circumstances'
 */
export const CHANGE_TRIGGERS: Weighted<ReviewTrigger> = weights({
  'significant-change-in-circumstances': 30,
  'change-of-placement-or-accommodation': 20,
  'change-in-safety': 15,
  'change-in-risk': 12,
  'new-offence': 10,
  'request-by-child': 7,
  'request-by-parent-carer': 6,
});

/**
 * Revocation and resentence: a court that revokes an order on breach or for a further offence
 * passes a new sentence for the original offence, and the case carries on under it (assumptions
 * of the simulator, not published rates; see docs/testing-kit.md).
 *
 * - `onBreach`: the share of breach hearings at court, for an order a court can revoke (a youth
 *   rehabilitation order or reparation order), that end in revocation and resentence.
 * - `onFurtherOffence`: the share of further offences during a referral order, reparation order
 *   or youth rehabilitation order that the court sentences by revoking it and resentencing.
 * - `sentences`: what the court passes instead, by the order revoked (a type the law does not
 *   allow at the child's age is never drawn).
 *
 * @example
 * RESENTENCE.onFurtherOffence; // 0.3
 */
export const RESENTENCE = {
  onBreach: 0.05,
  onFurtherOffence: 0.3,
  sentences: {
    'referral-order': weights({
      'youth-rehabilitation-order': 80,
      'youth-rehabilitation-order-iss': 10,
      'detention-and-training-order': 10,
    }),
    'reparation-order': weights({ 'youth-rehabilitation-order': 1 }),
    'youth-rehabilitation-order': weights({
      'youth-rehabilitation-order': 55,
      'youth-rehabilitation-order-iss': 30,
      'detention-and-training-order': 15,
    }),
    'youth-rehabilitation-order-iss': weights({
      'youth-rehabilitation-order-iss': 30,
      'detention-and-training-order': 70,
    }),
    'youth-rehabilitation-order-fostering': weights({
      'youth-rehabilitation-order': 50,
      'detention-and-training-order': 50,
    }),
  } satisfies Partial<Record<DisposalType, Weighted<DisposalType>>>,
} as const;
