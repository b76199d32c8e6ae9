import type fc from 'fast-check';
import { YRO_REQUIREMENT_KINDS } from '../../law/yroRequirements.js';
import type { YroRequirement } from '../../model/disposal/index.js';
import { lawfulRequirement, standsAlone } from '../_lib/lawful.js';
import { fromChoices } from './choices.js';

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
