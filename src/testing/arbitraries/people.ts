import fc from 'fast-check';
import type { Child, ResponsivityNeed } from '../../model/child.js';
import { ResponsivityNeedKindSchema } from '../../model/child.js';
import type { ContactRestriction, ParentCarer } from '../../model/parentCarer.js';
import {
  ParentCarerRoleSchema,
  RestrictionKindSchema,
  RestrictionSourceSchema,
} from '../../model/parentCarer.js';
import { after, dateArb, idArb, personIdArb, textArb, withOptional } from './primitives.js';

/**
 * A responsivity need of any kind.
 *
 * @example
 * fc.assert(fc.property(arbitraries.responsivityNeed(), (n) => ResponsivityNeedSchema.safeParse(n).success));
 */
export const responsivityNeed = (): fc.Arbitrary<ResponsivityNeed> =>
  fc.record({
    kind: fc.constantFrom(...ResponsivityNeedKindSchema.options),
    description: textArb(
      'Needs short instructions',
      'Dyslexia: read material aloud',
      'Anxious in new places',
    ),
  });

/**
 * A child born 2005-2015, with up to three needs.
 *
 * @example
 * fc.assert(fc.property(arbitraries.child(), (c) => ChildSchema.safeParse(c).success));
 */
export const child = (): fc.Arbitrary<Child> =>
  withOptional(
    {
      id: idArb('child'),
      dateOfBirth: dateArb('2005-01-01', 365 * 11),
      lookedAfter: fc.boolean(),
      needs: fc.array(responsivityNeed(), { maxLength: 3 }),
      interpreterRequired: fc.boolean(),
    },
    {
      preferredName: textArb('Sam', 'Alex', 'Jo'),
      firstLanguage: textArb('English', 'Welsh', 'Polish', 'Urdu'),
    },
  );

/**
 * A contact restriction; when both ends are given, it ends on or after it starts.
 *
 * @example
 * fc.assert(fc.property(arbitraries.contactRestriction(), (r) => !r.from || !r.until || r.from <= r.until));
 */
export const contactRestriction = (): fc.Arbitrary<ContactRestriction> =>
  fc
    .tuple(
      withOptional(
        {
          kind: fc.constantFrom(...RestrictionKindSchema.options),
          reason: textArb('Non-molestation order', 'Child protection plan'),
          source: fc.constantFrom(...RestrictionSourceSchema.options),
        },
        { sourceRef: idArb('order') },
      ),
      fc.option(dateArb('2024-01-01'), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 720 }), { nil: undefined }),
    )
    .map(([r, from, length]) => ({
      ...r,
      ...(from !== undefined && { from }),
      ...(length !== undefined && { until: after(from ?? '2024-01-01', length) }),
    }));

/**
 * A parent, carer or corporate parent, with up to two restrictions.
 *
 * @example
 * fc.assert(fc.property(arbitraries.parentCarer(), (p) => ParentCarerSchema.safeParse(p).success));
 */
export const parentCarer = (): fc.Arbitrary<ParentCarer> =>
  withOptional(
    {
      id: personIdArb,
      role: fc.constantFrom(...ParentCarerRoleSchema.options),
      relationship: textArb('mother', 'father', 'aunt', 'grandmother', 'local authority'),
      parentalResponsibility: fc.boolean(),
      restrictions: fc.array(contactRestriction(), { maxLength: 2 }),
    },
    { contactRef: idArb('contact') },
  );
