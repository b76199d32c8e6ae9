/**
 * Cross-field checks shared by the disposal variants.
 * @internal
 */
import type * as z from 'zod';

/**
 * @internal Refinement option: cross-field rules run only on input whose fields are otherwise
 * valid, so each rule can trust the types it reads and an issue is never reported twice.
 */
export const whenFieldsValid = {
  when: (payload: z.core.ParsePayload): boolean => payload.issues.length === 0,
};

/** @internal Adds a custom issue at `path`. */
export function issue(
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  message: string,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message });
}

/**
 * @internal A sentence is passed on or after conviction; an order takes effect on or after the
 * day it is made.
 */
export function checkCourtDates(
  v: {
    readonly convictionDate: string;
    readonly sentenceDate: string;
    readonly startDate?: string;
  },
  ctx: z.RefinementCtx,
): void {
  if (v.sentenceDate < v.convictionDate) {
    issue(ctx, ['sentenceDate'], 'The sentence date cannot be before the conviction date');
  }
  if (v.startDate !== undefined && v.startDate < v.sentenceDate) {
    issue(ctx, ['startDate'], 'An order cannot take effect before the sentence date');
  }
}
