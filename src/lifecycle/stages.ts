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

/**
 * A top-level stage of a case.
 *
 * @example
 * const stage: Stage = state.stage; // 'delivery'
 */
export type Stage = (typeof STAGES)[number];

/**
 * The stages a case can still move on from.
 *
 * @example
 * ACTIVE_STAGES.includes(state.stage); // false once closed or transferred
 */
export const ACTIVE_STAGES: readonly Stage[] = [
  'opened',
  'assessment',
  'planning',
  'delivery',
  'review',
  'closing',
];

/**
 * @internal Stages in which delivery goes on: the active plan stays in force while a plan is
 * revised or the child reassessed, so its contacts and progress can still be recorded.
 */
export const DELIVERING_STAGES: readonly Stage[] = [
  'assessment',
  'planning',
  'delivery',
  'review',
  'closing',
];

/**
 * @internal Stages outside delivery in which supervision goes on without moving the stage:
 * compliance moves, custody ends and a further review is triggered (ADR 0007).
 */
export const SUPERVISION_STAGES: readonly Stage[] = ['assessment', 'planning', 'review'];
