import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * The decision, for a child whose order runs past their 18th birthday, to transfer the case to
 * the Probation Service or to keep it in the youth justice service to the order's end (which a
 * service may decide, say, for a child whose order ends soon after 18), with the reason.
 *
 * @example
 * TransitionDecisionSchema.parse({ on: '2026-03-13', decision: 'transfer', reason: 'The order runs six months past 18', plannedTransferOn: '2026-09-14' });
 */
export const TransitionDecisionSchema = z
  .strictObject({
    on: IsoDateSchema,
    decision: z.enum(['transfer', 'retain']),
    reason: TextSchema,
    /** For a transfer: the day probation is planned to take over. */
    plannedTransferOn: IsoDateSchema.optional(),
  })
  .refine((d) => d.decision === 'transfer' || d.plannedTransferOn === undefined, {
    path: ['plannedTransferOn'],
    message: 'A case kept in the youth justice service has no transfer date',
  });

/**
 * A transfer-or-retain decision.
 *
 * @example
 * const kept: TransitionDecision = { on: '2026-03-13', decision: 'retain', reason: 'The order ends three weeks after 18' };
 */
export type TransitionDecision = Immutable<z.infer<typeof TransitionDecisionSchema>>;

/**
 * What a hand-over shares with the Probation Service.
 *
 * @example
 * HandoverSharedSchema.parse('risk-information');
 */
export const HandoverSharedSchema = z.enum([
  'assessment',
  'intervention-plan',
  'risk-information',
  'childs-views',
  'victim-information',
  'mappa-information',
  'health-information',
  'court-documents',
  'other',
]);

/**
 * The hand-over of the case to the Probation Service at 18: the day probation takes over, the
 * receiving team and practitioner (the host's id), the three-way transition meeting with the
 * child before it (a `transition-meeting` recorded by `meeting.held`), what was shared, and the
 * child's views of the transfer in their own words.
 *
 * @example
 * HandoverSchema.parse({
 *   on: '2026-09-14', probationTeam: 'City probation delivery unit', probationPractitionerId: 'ext-pp-3',
 *   meetingId: 'm-transition', shared: ['assessment', 'intervention-plan', 'risk-information', 'childs-views'],
 *   childViews: 'Nervous, but I met her and she knows about the course',
 * });
 */
export const HandoverSchema = z.strictObject({
  on: IsoDateSchema,
  probationTeam: z.string().trim().min(1).max(200),
  probationPractitionerId: IdSchema,
  meetingId: IdSchema,
  shared: z.array(HandoverSharedSchema).min(1).max(9),
  childViews: TextSchema,
  parentCarerViews: TextSchema.optional(),
});

/**
 * A hand-over to probation.
 *
 * @example
 * const h: Handover = HandoverSchema.parse(input);
 */
export type Handover = Immutable<z.infer<typeof HandoverSchema>>;

/**
 * The review after the transfer: whether the young person has settled with probation or there
 * are concerns, with notes.
 *
 * @example
 * TransitionReviewSchema.parse({ on: '2026-10-12', outcome: 'settled' });
 */
export const TransitionReviewSchema = z.strictObject({
  on: IsoDateSchema,
  outcome: z.enum(['settled', 'concerns-raised']),
  notes: TextSchema.optional(),
});

/**
 * A review after a transfer.
 *
 * @example
 * const r: TransitionReview = { on: '2026-10-12', outcome: 'concerns-raised', notes: 'Missed the first appointment' };
 */
export type TransitionReview = Immutable<z.infer<typeof TransitionReviewSchema>>;
