import type { Range, Sourced } from './types.js';

/**
 * The limits of a parenting order made against a parent or guardian of a convicted child
 * (Sentencing Act 2020 Part 11 Chapter 4, ss.366-368; the order must be made for a child under
 * 16 where desirable, may be for 16-17, and s.368 allows one against a parent who fails to
 * attend referral order panel meetings): its requirements last at most 12 months, and a
 * counselling or guidance programme runs for a concurrent period of at most 3 months. The
 * programme may be left out when the parent has had a parenting order before (0 months).
 *
 * @example
 * parentingOrderLaw.months;          // { min: 1, max: 12 }
 * parentingOrderLaw.programmeMonths; // { min: 0, max: 3 }
 */
export const parentingOrderLaw = {
  months: { min: 1, max: 12 },
  programmeMonths: { min: 0, max: 3 },
  /**
   * The programme may be left out only when the parent has had a parenting order before
   * (Crime and Disorder Act 1998 s.8(5), restated in the Code; [V] via the Sentencing Council's
   * explanatory material as reported in the 0.1.0 review, the Code's subsection not seen).
   */
  programmeRequiredUnlessPreviousOrder: true,
  kind: 'law',
  // Same structure as Crime and Disorder Act 1998 s.8(4)-(5) ("a period not exceeding twelve
  // months"; "a concurrent period not exceeding three months"; the programme optional after an
  // earlier order). The Sentencing Council's explanatory material on Part 11 Chapter 4 confirms
  // the 12-month term; the exact subsection of the Code was not verified.
  source:
    'Sentencing Act 2020 ss.366-368 (Part 11 Ch. 4); cf. Crime and Disorder Act 1998 s.8(4)-(5)',
  note: 'The programme runs concurrently with the order, so it cannot outlast it.',
} as const satisfies Sourced & {
  months: Range;
  programmeMonths: Range;
  programmeRequiredUnlessPreviousOrder: boolean;
};
