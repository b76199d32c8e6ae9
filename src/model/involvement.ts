import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import type { YjplanIssue } from '../errors/YjplanError.js';
import { parentingOrderLaw } from '../law/parentingOrder.js';
import { ViewsSchema } from './assessment.js';
import { IsoDateSchema } from './dates.js';
import { rangeText } from './disposal/lawLookup.js';
import { counted } from './disposal/requirements.js';
import { IdSchema, TextSchema } from './ids.js';

const PROGRAMME_REQUIRED = `A parenting order includes a counselling or guidance programme unless the parent has had a parenting order before (${parentingOrderLaw.source})`;

/**
 * Meetings a parent/carer can be invited to: the assessment, a planning meeting, the youth
 * offender panel (referral orders) and reviews.
 *
 * @example
 * MeetingKindSchema.parse('panel');
 */
export const MeetingKindSchema = z.enum(['assessment', 'planning-meeting', 'panel', 'review']);
/**
 * A meeting a parent/carer can be invited to.
 *
 * @example
 * const meeting: MeetingKind = 'review';
 */
export type MeetingKind = Immutable<z.infer<typeof MeetingKindSchema>>;

/**
 * Support a YOS offers parents and carers.
 *
 * @example
 * SupportKindSchema.parse('parenting-programme');
 */
export const SupportKindSchema = z.enum([
  'parenting-programme',
  'family-support',
  'mediation',
  'other',
]);
/**
 * A kind of support offered to a parent/carer.
 *
 * @example
 * const support: SupportKind = 'family-support';
 */
export type SupportKind = Immutable<z.infer<typeof SupportKindSchema>>;

/**
 * Why a parent/carer is not involved: the child is 18 or over, estrangement, safeguarding, the
 * child's wish (16 or over), or another reason; each with the practitioner's rationale.
 *
 * @example
 * NotInvolvedReasonSchema.parse('estranged');
 */
export const NotInvolvedReasonSchema = z.enum([
  'child-18-or-over',
  'estranged',
  'safeguarding',
  'childs-wish',
  'other',
]);
/**
 * Why a parent/carer is not involved. `child-18-or-over` needs the child to be 18 on the record's
 * date, and `childs-wish` 16 or over; the case checks both against the child's date of birth.
 *
 * @example
 * const reason: NotInvolvedReason = 'safeguarding';
 */
export type NotInvolvedReason = Immutable<z.infer<typeof NotInvolvedReasonSchema>>;

/**
 * The age the child must have reached, on the record's date, for a `not-involved` reason to
 * apply. `child-18-or-over`: 18 is full age (Family Law Reform Act 1969 s.1). `childs-wish`:
 * from 16 a child's wish that a parent/carer not be involved can decide it, with the
 * practitioner's rationale (the yjplan involvement issue #5; 16 is also the age from which a
 * child may consent to their own treatment, Family Law Reform Act 1969 s.8). Younger children's
 * wishes are recorded as views and weighed, not taken as a reason on their own.
 *
 * @example
 * NOT_INVOLVED_MIN_AGE['childs-wish']; // 16
 */
export const NOT_INVOLVED_MIN_AGE: Readonly<Partial<Record<NotInvolvedReason, number>>> = {
  'child-18-or-over': 18,
  'childs-wish': 16,
};

/**
 * A reasoned override of a restriction that forbids giving this person the plan, and who
 * authorised it.
 *
 * @example
 * SharingOverrideSchema.parse({ rationale: 'Copy with the address and school removed, agreed at strategy meeting', authorisedBy: 'pr-manager-lee' });
 */
export const SharingOverrideSchema = z.strictObject({
  rationale: TextSchema,
  authorisedBy: IdSchema,
});
/**
 * A reasoned override of a sharing restriction.
 *
 * @example
 * const o: SharingOverride = { rationale: 'Redacted copy agreed at strategy meeting', authorisedBy: 'pr-manager-lee' };
 */
export type SharingOverride = Immutable<z.infer<typeof SharingOverrideSchema>>;

const common = {
  id: IdSchema,
  personId: IdSchema,
  on: IsoDateSchema,
  /** The plan version or review the record concerns, where it concerns one. */
  planVersion: z.int().min(1).optional(),
  reviewId: IdSchema.optional(),
};

/**
 * One thing a parent/carer was asked, did or said: invitations, attendance, views, agreement,
 * copies of the plan, support, parenting contracts and orders, and why someone was not
 * involved. Records are append-only: a wrong one is invalidated, never deleted. When recorded,
 * the case checks the person, the plan version (meeting and views records may name the version
 * being planned) and the review it concerns, the child's age for age-bound reasons, and refuses a
 * plan copy for a person whose restrictions forbid it unless it carries a `sharingOverride`.
 *
 * @example
 * InvolvementRecordSchema.parse({ kind: 'invited', id: 'inv-1', personId: 'pc-mum', on: '2025-03-10', meeting: 'planning-meeting' });
 */
export const InvolvementRecordSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('invited'), ...common, meeting: MeetingKindSchema }),
    z.strictObject({ kind: z.literal('attended'), ...common, meeting: MeetingKindSchema }),
    z.strictObject({
      kind: z.literal('did-not-attend'),
      ...common,
      meeting: MeetingKindSchema,
      reason: TextSchema,
    }),
    z.strictObject({ kind: z.literal('views-recorded'), ...common, views: ViewsSchema }),
    z.strictObject({
      kind: z.literal('plan-agreement'),
      ...common,
      planVersion: z.int().min(1),
      agreed: z.boolean(),
      comment: TextSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('plan-copy-given'),
      ...common,
      planVersion: z.int().min(1),
      /** A reasoned override of a restriction that forbids sharing the plan with this person. */
      sharingOverride: SharingOverrideSchema.optional(),
    }),
    z.strictObject({
      kind: z.enum(['support-offered', 'support-accepted', 'support-declined']),
      ...common,
      support: SupportKindSchema,
      detail: TextSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal('parenting-contract-agreed'),
      ...common,
      until: IsoDateSchema,
    }),
    z.strictObject({
      kind: z.literal('parenting-order-made'),
      ...common,
      /** How long the order's requirements last: see `parentingOrderLaw`. */
      months: counted(
        parentingOrderLaw.months,
        `A parenting order's requirements last ${rangeText(parentingOrderLaw.months, 'months')} (${parentingOrderLaw.source})`,
      ),
      /** The counselling or guidance programme, concurrent with the order (0: none). */
      programmeMonths: counted(
        parentingOrderLaw.programmeMonths,
        `A parenting order's counselling or guidance programme runs for ${rangeText(parentingOrderLaw.programmeMonths, 'months')} (${parentingOrderLaw.source})`,
      ),
      /**
       * Whether the parent has had a parenting order before: only then may the programme be left
       * out. `false` with no programme is refused; unknown with no programme is reported by
       * `parentingOrderProgrammeIssue` (records written before the field existed stay valid).
       */
      previousParentingOrder: z.boolean().optional(),
    }),
    z.strictObject({
      kind: z.literal('could-not-contact'),
      ...common,
      attempts: z.int().min(1).max(100),
    }),
    z.strictObject({
      kind: z.literal('not-involved'),
      ...common,
      reason: NotInvolvedReasonSchema,
      rationale: TextSchema,
    }),
  ])
  .superRefine((r, ctx) => {
    if (
      r.kind === 'parenting-order-made' &&
      r.programmeMonths === 0 &&
      r.previousParentingOrder === false
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['programmeMonths'],
        message: PROGRAMME_REQUIRED,
      });
    }
    if (r.kind === 'parenting-order-made' && r.programmeMonths > r.months) {
      ctx.addIssue({
        code: 'custom',
        path: ['programmeMonths'],
        message: `A parenting order’s guidance programme runs concurrently with the order, so cannot outlast it (${parentingOrderLaw.source})`,
      });
    }
    if (r.kind === 'parenting-contract-agreed' && r.until <= r.on) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: 'A parenting contract must end after the day it is agreed',
      });
    }
  });

/**
 * One involvement record; see {@link InvolvementRecordSchema}.
 *
 * @example
 * const r: InvolvementRecord = { kind: 'attended', id: 'inv-2', personId: 'pc-mum', on: '2025-03-12', meeting: 'planning-meeting' };
 */
export type InvolvementRecord = Immutable<z.infer<typeof InvolvementRecordSchema>>;

/**
 * The kinds of involvement record.
 *
 * @example
 * const kind: InvolvementKind = 'parenting-order-made';
 */
export type InvolvementKind = InvolvementRecord['kind'];

/**
 * A parenting order recorded with no counselling or guidance programme when the record does not
 * say the parent has had a parenting order before: the programme may be left out only after an
 * earlier order (`parentingOrderLaw`). Returns a finding-ready issue, or none. (The schema refuses
 * the case where the record says there was no earlier order.)
 *
 * @example
 * parentingOrderProgrammeIssue({ kind: 'parenting-order-made', id: 'po-1', personId: 'pc-mum', on: '2025-03-10', months: 6, programmeMonths: 0 });
 * // [{ path: ['previousParentingOrder'], code: 'parenting_order_programme_missing', message: '...' }]
 */
export function parentingOrderProgrammeIssue(record: InvolvementRecord): YjplanIssue[] {
  if (record.kind !== 'parenting-order-made' || record.programmeMonths > 0) return [];
  if (record.previousParentingOrder === true || record.previousParentingOrder === false) return [];
  return [
    {
      path: ['previousParentingOrder'],
      code: 'parenting_order_programme_missing',
      message: PROGRAMME_REQUIRED,
    },
  ];
}
