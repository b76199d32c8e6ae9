import type fc from 'fast-check';
import { SENTENCING_CODE_COMMENCEMENT } from '../../law/commencement.js';
import { DISPOSAL_TYPES, type DisposalType } from '../../law/disposals.js';
import type { Disposal } from '../../model/disposal/schema.js';
import { daysBetween } from '../_lib/days.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { fromChoices } from './choices.js';
import { after } from './primitives.js';

/**
 * Constraints for `arbitraries.disposal`.
 *
 * @example
 * arbitraries.disposal({ type: 'youth-rehabilitation-order', age: 14 }); // no unpaid work
 */
export interface DisposalConstraints {
  /** Only this type (default: any). */
  readonly type?: DisposalType;
  /**
   * The child's age at conviction or decision: the age-dependent limits are then respected too
   * (unpaid work at 16+, a persistent offender opinion under 15, a parent ordered to attend a
   * referral order panel under 16...). The disposal's own age range is the caller's choice.
   */
  readonly age?: number;
}

/** Convictions under the Sentencing Code, both before and after the 2022 Act. */
const DAYS_OF_CONVICTIONS = daysBetween(SENTENCING_CODE_COMMENCEMENT, '2026-11-23');

/**
 * Any youth disposal within the law (every variant, both sides of the 2022 Act's changes),
 * or one type; with `age`, within the limits that depend on the child's age too. Made by the
 * kit's one disposal generator, which reads every limit from the law tables; counterexamples
 * shrink to the shortest, earliest, plainest order.
 *
 * @example
 * fc.assert(fc.property(arbitraries.disposal(), (d) => DisposalSchema.safeParse(d).success));
 */
export function disposal(constraints: DisposalConstraints = {}): fc.Arbitrary<Disposal> {
  return fromChoices((c) => {
    const type = constraints.type ?? c.pick(DISPOSAL_TYPES);
    const convicted = after(SENTENCING_CODE_COMMENCEMENT, c.int(0, DAYS_OF_CONVICTIONS));
    const on = after(convicted, c.int(0, 60));
    const startAfterDays = c.chance(0.3) ? c.int(0, 30) : undefined;
    return lawfulDisposal(
      type,
      {
        on,
        convicted,
        ...(constraints.age !== undefined && { age: constraints.age }),
        ...(startAfterDays !== undefined && { startAfterDays }),
      },
      c,
    );
  });
}
