import fc from 'fast-check';
import {
  type InvolvementRecord,
  MeetingKindSchema,
  NotInvolvedReasonSchema,
  SupportKindSchema,
} from '../../model/involvement.js';
import { views } from './assessment.js';
import { after, dateArb, idArb, personIdArb, practitionerArb, withOptional } from './primitives.js';

const common = () =>
  withOptional(
    { id: idArb('inv', 20), personId: personIdArb, on: dateArb() },
    { planVersion: fc.integer({ min: 1, max: 3 }), reviewId: idArb('rv', 3) },
  );

const meeting = fc.constantFrom(...MeetingKindSchema.options);
const NOT_INVOLVED_RATIONALE = 'Recorded after a discussion with the manager';

/**
 * One involvement record of any kind: invitations, attendance, views, agreement, plan copies
 * (sometimes with a reasoned sharing override), support, parenting contracts (ending after they
 * start) and orders (programme within the order), no contact, not involved with the rationale.
 *
 * @example
 * fc.assert(fc.property(arbitraries.involvementRecord(), (r) => InvolvementRecordSchema.safeParse(r).success));
 */
export const involvementRecord = (): fc.Arbitrary<InvolvementRecord> =>
  fc.oneof(
    fc
      .tuple(common(), fc.constantFrom('invited' as const, 'attended' as const), meeting)
      .map(([c, kind, m]) => ({ ...c, kind, meeting: m })),
    fc.tuple(common(), meeting).map(([c, m]) => ({
      ...c,
      kind: 'did-not-attend' as const,
      meeting: m,
      reason: 'Work commitments',
    })),
    fc
      .tuple(common(), views())
      .map(([c, v]) => ({ ...c, kind: 'views-recorded' as const, views: v })),
    fc
      .tuple(common(), fc.integer({ min: 1, max: 3 }), fc.boolean())
      .map(([c, planVersion, agreed]) => ({
        ...c,
        kind: 'plan-agreement' as const,
        planVersion,
        agreed,
      })),
    fc
      .tuple(
        common(),
        fc.integer({ min: 1, max: 3 }),
        fc.option(practitionerArb, { nil: undefined }),
      )
      .map(([c, planVersion, authorisedBy]) => ({
        ...c,
        kind: 'plan-copy-given' as const,
        planVersion,
        ...(authorisedBy && {
          sharingOverride: {
            rationale: 'Redacted copy agreed at a strategy meeting',
            authorisedBy,
          },
        }),
      })),
    fc
      .tuple(
        common(),
        fc.constantFrom(
          'support-offered' as const,
          'support-accepted' as const,
          'support-declined' as const,
        ),
        fc.constantFrom(...SupportKindSchema.options),
      )
      .map(([c, kind, support]) => ({ ...c, kind, support })),
    fc.tuple(common(), fc.integer({ min: 1, max: 365 })).map(([c, days]) => ({
      ...c,
      kind: 'parenting-contract-agreed' as const,
      until: after(c.on, days),
    })),
    fc
      .tuple(common(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }))
      .map(([c, months, programme]) => ({
        ...c,
        kind: 'parenting-order-made' as const,
        months,
        programmeMonths: Math.min(programme, months),
      })),
    fc
      .tuple(common(), fc.integer({ min: 1, max: 10 }))
      .map(([c, attempts]) => ({ ...c, kind: 'could-not-contact' as const, attempts })),
    fc.tuple(common(), fc.constantFrom(...NotInvolvedReasonSchema.options)).map(([c, reason]) => ({
      ...c,
      kind: 'not-involved' as const,
      reason,
      rationale: NOT_INVOLVED_RATIONALE,
    })),
  );
