import fc from 'fast-check';
import type { YroRequirement } from '../../model/disposal/index.js';
import { idArb } from './primitives.js';
import { type RequirementContext, standaloneRequirement } from './requirements.js';

/**
 * One YRO requirement that stands on its own, within the limits that do not depend on the order
 * (with `age` and `convictionDate`, within those too).
 *
 * @example
 * fc.assert(fc.property(arbitraries.yroRequirement(), (r) => YroRequirementSchema.safeParse(r).success));
 */
export function yroRequirement(
  context: RequirementContext = { convictionDate: '2025-01-01' },
): fc.Arbitrary<YroRequirement> {
  return fc
    .tuple(idArb('req'), standaloneRequirement(context))
    .map(([id, r]) => ({ id, ...r }) as YroRequirement);
}
