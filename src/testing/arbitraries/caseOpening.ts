import fc from 'fast-check';
import { addMonths } from '../../_lib/calendar.js';
import { DISPOSAL_TYPES, type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import type { Child } from '../../model/child.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import { addDays } from '../_lib/days.js';
import { disposal } from './disposal.js';
import { child, parentCarer } from './people.js';

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
        child(),
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

/**
 * Parents/carers of one case: up to three, with distinct ids.
 *
 * @example
 * fc.assert(fc.property(arbitraries.people(), (people) => new Set(people.map((p) => p.id)).size === people.length));
 */
export const people = (): fc.Arbitrary<ParentCarer[]> =>
  fc.uniqueArray(parentCarer(), { maxLength: 3, selector: (p) => p.id });
