import * as z from 'zod';
import { addDays } from '../../_lib/calendar.js';
import type { Immutable } from '../../_lib/immutable.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { IsoDateSchema } from '../dates.js';
import { disposalEndDate, disposalStartDate, isCourtOrder } from '../disposal/derived.js';
import { type Disposal, DisposalSchema } from '../disposal/schema.js';
import { IdSchema, TextSchema } from '../ids.js';
import { at } from './issues.js';

/**
 * A court revoking an order, and the sentence it passes instead when it resentences: the old
 * order is in force up to the day before `revokedOn`; the new disposal (for the original offence, so with the same
 * conviction date, or with a new one for a further offence) starts then or later. History is
 * kept: the old order is ended, never deleted.
 *
 * @example
 * RevocationSchema.parse({ orderId: 'yro-1', revokedOn: '2026-02-10', reason: 'breach', resentence: { type: 'detention-and-training-order', id: 'dto-1', convictionDate: '2025-02-10', sentenceDate: '2026-02-10', termMonths: 6 } });
 */
export const RevocationSchema = z.strictObject({
  orderId: IdSchema,
  revokedOn: IsoDateSchema,
  /** Why: breach, a further offence, an application (e.g. good progress), a referral back. */
  reason: z.enum(['breach', 'further-offence', 'application', 'referral-back']),
  /** The sentence passed instead, when the court resentences (absent: revoked only). */
  resentence: DisposalSchema.optional(),
  note: TextSchema.optional(),
});

/**
 * A revocation; see {@link RevocationSchema}.
 *
 * @example
 * const r: Revocation = parseRevocation(json);
 */
export type Revocation = Immutable<z.infer<typeof RevocationSchema>>;

/**
 * What stops a revocation being recorded against an order: a different order, an out-of-court
 * disposal (nothing for a court to revoke), a date outside the order's life, a new sentence dated
 * before the revocation, or with the id of the old order. Paths are relative to the revocation.
 *
 * @example
 * revocationIssues(yro, revocation); // [] when it may be recorded
 */
export function revocationIssues(old: Disposal, revocation: Revocation): YjplanIssue[] {
  const out: YjplanIssue[] = [];
  if (revocation.orderId !== old.id) {
    out.push(
      at(
        ['orderId'],
        'reference_not_found',
        'The revocation names an order the case does not hold',
      ),
    );
  }
  if (!isCourtOrder(old)) {
    out.push(at(['orderId'], 'order_change_not_allowed', 'Only a court order can be revoked'));
  }
  const end = disposalEndDate(old);
  if (
    revocation.revokedOn < disposalStartDate(old) ||
    (end !== undefined && revocation.revokedOn > end)
  ) {
    out.push(
      at(
        ['revokedOn'],
        'order_change_not_allowed',
        'An order is revoked only while it is in force',
      ),
    );
  }
  const next = revocation.resentence;
  if (next !== undefined) {
    if ('sentenceDate' in next && next.sentenceDate < revocation.revokedOn) {
      out.push(
        at(
          ['resentence', 'sentenceDate'],
          'order_change_not_allowed',
          'The new sentence is passed on or after the day the old order is revoked',
        ),
      );
    }
    if ('decisionDate' in next) {
      out.push(
        at(
          ['resentence', 'type'],
          'order_change_not_allowed',
          'A court resentences with a court sentence, not an out-of-court disposal',
        ),
      );
    }
    if (next.id === old.id) {
      out.push(at(['resentence', 'id'], 'conflicting_record', 'The new sentence needs its own id'));
    }
  }
  return out;
}

/**
 * The last day an order is in force: its own end date, or the day before it was revoked if that is
 * earlier (from the revocation day the new sentence, if any, applies).
 *
 * @example
 * orderEndDate(yro, { orderId: 'yro-1', revokedOn: '2026-02-10', reason: 'breach' }); // '2026-02-09'
 */
export function orderEndDate(order: Disposal, revocation?: Revocation): string | undefined {
  const end = disposalEndDate(order);
  if (revocation === undefined) return end;
  const last = addDays(revocation.revokedOn, -1);
  return end === undefined || last < end ? last : end;
}
