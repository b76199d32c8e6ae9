/**
 * The arbitraries a schema cannot give alone: disposals and requirements within the law (made
 * by the kit's one disposal generator, which reads every limit from the law tables, with
 * fast-check making its choices), and a child whose age fits their disposal.
 */
import fc from 'fast-check';
import { addMonths } from '../../_lib/calendar.js';
import { SENTENCING_CODE_COMMENCEMENT } from '../../law/commencement.js';
import { DISPOSAL_TYPES, type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import { YRO_REQUIREMENT_KINDS } from '../../law/yroRequirements.js';
import type { Child } from '../../model/child.js';
import type { YroRequirement } from '../../model/disposal/index.js';
import type { Disposal } from '../../model/disposal/schema.js';
import { addDays, daysBetween } from '../_lib/days.js';
import { lawfulDisposal, lawfulRequirement, standsAlone } from '../_lib/lawful.js';
import { fromChoices } from './choices.js';
import { fromSchemas } from './entities.js';

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
    const convicted = addDays(SENTENCING_CODE_COMMENCEMENT, c.int(0, DAYS_OF_CONVICTIONS));
    const on = addDays(convicted, c.int(0, 60));
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

/**
 * What a requirement must respect: the child's age at conviction and the conviction date.
 *
 * @example
 * const ctx: RequirementContext = { age: 15, convictionDate: '2021-05-01' };
 */
export interface RequirementContext {
  /** Age at conviction; when absent, only the limits that do not depend on age are kept. */
  readonly age?: number;
  readonly convictionDate: string;
}

/**
 * One YRO requirement that stands on its own in a 12-month YRO, within the limits the law
 * tables set (with `age` and `convictionDate`, within those too).
 *
 * @example
 * fc.assert(fc.property(arbitraries.yroRequirement(), (r) => YroRequirementSchema.safeParse(r).success));
 */
export function yroRequirement(
  context: RequirementContext = { convictionDate: '2025-01-01' },
): fc.Arbitrary<YroRequirement> {
  const kinds = YRO_REQUIREMENT_KINDS.filter((k) =>
    standsAlone(k, 'youth-rehabilitation-order', context.age),
  );
  const occasion = {
    on: context.convictionDate,
    convicted: context.convictionDate,
    ...(context.age !== undefined && { age: context.age }),
  };
  return fromChoices((c) => lawfulRequirement(c.pick(kinds), occasion, 12, c));
}

/** A type available at an age: fostering only young enough to end before 18, a DTO from 12. */
function availableAt(type: DisposalType, age: number): DisposalType {
  const { ages } = disposalCatalogue[type];
  if (type === 'youth-rehabilitation-order-fostering' && age > 15)
    return 'youth-rehabilitation-order';
  return age < (ages.min ?? 10) ? 'referral-order' : type;
}

/**
 * A child with a disposal that is lawful for them: the child's date of birth gives an age of 10
 * to 17 at the conviction (or decision), and the disposal respects every limit that depends on
 * that age; `disposalIssuesForChild` finds nothing. What a `case.opened` event needs.
 *
 * @example
 * fc.assert(fc.property(arbitraries.childWithDisposal(), ({ child, disposal }) => disposalIssuesForChild(disposal, child.dateOfBirth).length === 0));
 */
export function childWithDisposal(
  types: readonly DisposalType[] = DISPOSAL_TYPES,
): fc.Arbitrary<{ child: Child; disposal: Disposal }> {
  return fc
    .tuple(fc.integer({ min: 10, max: 17 }), fc.constantFrom(...types))
    .chain(([age, type]) =>
      fc.tuple(
        fc.constant(age),
        disposal({ type: availableAt(type, age), age }),
        fromSchemas.child(),
        fc.integer({ min: 0, max: 360 }),
      ),
    )
    .map(([age, d, c, days]) => {
      const on = 'decisionDate' in d ? d.decisionDate : d.convictionDate;
      return {
        child: { ...c, dateOfBirth: addDays(addMonths(on, -12 * age), -days) },
        disposal: d,
      };
    });
}
