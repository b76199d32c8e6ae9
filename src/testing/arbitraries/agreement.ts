import fc from 'fast-check';
import type { Agreement } from '../../model/agreement.js';
import { dateArb, personIdArb, practitionerArb, textArb } from './primitives.js';

/**
 * One party's agreement to a plan version; misgivings and reasons are recorded where the status
 * needs them.
 *
 * @example
 * fc.assert(fc.property(arbitraries.agreement(), (a) => AgreementSchema.safeParse(a).success));
 */
export const agreement = (): fc.Arbitrary<Agreement> =>
  fc
    .record({
      planVersion: fc.integer({ min: 1, max: 3 }),
      party: fc.oneof(
        fc.constant({ kind: 'child' as const }),
        personIdArb.map((personId) => ({ kind: 'parent-carer' as const, personId })),
      ),
      status: fc.constantFrom(
        'agreed' as const,
        'agreed-with-misgivings' as const,
        'disagreed' as const,
        'could-not-be-discussed' as const,
      ),
      recordedBy: practitionerArb,
      recordedOn: dateArb(),
      misgivings: textArb('Worried about the times of sessions'),
      reason: textArb('Did not attend the planning meeting'),
    })
    .map(({ misgivings, reason, ...a }) => ({
      ...a,
      ...(a.status === 'agreed-with-misgivings' && { misgivings }),
      ...(a.status === 'could-not-be-discussed' && { reason }),
    }));
