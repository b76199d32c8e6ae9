/**
 * The top-level stages of a case, in the order a case usually moves through them.
 *
 * @example
 * STAGES.includes(state.stage); // true
 */
export const STAGES = [
  'opened',
  'assessment',
  'planning',
  'delivery',
  'review',
  'closing',
  'closed',
  'transferred',
] as const;

/** A top-level stage of a case. */
export type Stage = (typeof STAGES)[number];

/** The stages a case can still move on from. */
export const ACTIVE_STAGES: readonly Stage[] = [
  'opened',
  'assessment',
  'planning',
  'delivery',
  'review',
  'closing',
];
