import * as z from 'zod';
import type { Immutable } from '../../_lib/immutable.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { IsoDateSchema } from '../dates.js';
import { issue, whenFieldsValid } from '../disposal/checks.js';
import { ContractElementSchema, checkContractTerms } from '../disposal/firstTier.js';
import type { DisposalOf } from '../disposal/schema.js';
import { IdSchema } from '../ids.js';
import { at } from './issues.js';

/**
 * A member of the youth offender panel that agreed a contract: the member appointed by the youth
 * offending team, or a community panel member.
 *
 * @example
 * PanelMemberSchema.parse({ id: 'panel-1', role: 'community-member' });
 */
export const PanelMemberSchema = z.strictObject({
  id: IdSchema,
  role: z.enum(['yos-member', 'community-member']),
});

/**
 * A youth offender contract agreed at the first panel meeting (Sentencing Act 2020 s.96, Sch. 3):
 * its terms (each a requirement a plan action may deliver), the day it was agreed (the compliance
 * period runs from it), and who agreed it: the child, the parents or carers present, the panel
 * members (one from the youth offending team and two from the community).
 *
 * @example
 * ReferralOrderContractSchema.parse({
 *   orderId: 'ro-1', agreedOn: '2025-09-23',
 *   terms: [{ id: 'c-1', kind: 'specified-activities' }],
 *   agreedBy: { child: true, parentsCarers: ['pc-mum'], panelMembers: [
 *     { id: 'p-1', role: 'yos-member' }, { id: 'p-2', role: 'community-member' }, { id: 'p-3', role: 'community-member' },
 *   ] },
 * });
 */
export const ReferralOrderContractSchema = z
  .strictObject({
    orderId: IdSchema,
    agreedOn: IsoDateSchema,
    terms: z.array(ContractElementSchema).min(1, {
      error: 'A youth offender contract has at least one term',
    }),
    agreedBy: z.strictObject({
      /** The child signs the contract: without the child's agreement there is no contract. */
      child: z.literal(true, { error: 'A youth offender contract is agreed with the child' }),
      /** Parents or carers present who agreed (ids of the case's parents/carers). */
      parentsCarers: z.array(IdSchema).optional(),
      panelMembers: z.array(PanelMemberSchema),
    }),
    /** The panel meeting the contract was agreed at, when the host records meetings. */
    panelMeetingId: IdSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkContractTerms(v.terms, ['terms'], ctx);
    const count = (role: string) => v.agreedBy.panelMembers.filter((m) => m.role === role).length;
    if (count('yos-member') < 1 || count('community-member') < 2) {
      // [V] via DOMAIN.md: a panel is one youth offending team member and two community members
      // (Sentencing Act 2020 s.91; subsection not re-read).
      issue(
        ctx,
        ['agreedBy', 'panelMembers'],
        'A youth offender panel has a member from the youth offending team and two community members (Sentencing Act 2020 s.91)',
      );
    }
  }, whenFieldsValid);

/**
 * A youth offender contract; see {@link ReferralOrderContractSchema}.
 *
 * @example
 * const c: ReferralOrderContract = parseReferralOrderContract(json);
 */
export type ReferralOrderContract = Immutable<z.infer<typeof ReferralOrderContractSchema>>;

/**
 * What stops a contract being recorded against a referral order: a different order, a date before
 * the order was made, or a contract already agreed (a change is a variation). Paths are relative
 * to the contract.
 *
 * @example
 * contractIssues(referralOrder, contract); // [] when it may be recorded
 */
export function contractIssues(
  order: DisposalOf<'referral-order'>,
  contract: ReferralOrderContract,
): YjplanIssue[] {
  const out: YjplanIssue[] = [];
  if (contract.orderId !== order.id) {
    out.push(
      at(
        ['orderId'],
        'reference_not_found',
        'The contract names a referral order the case does not hold',
      ),
    );
  }
  if (contract.agreedOn < order.sentenceDate) {
    out.push(
      at(
        ['agreedOn'],
        'order_change_not_allowed',
        'A contract is agreed after the referral order is made',
      ),
    );
  }
  if (order.contract !== undefined && order.contract.length > 0) {
    out.push(
      at(
        ['orderId'],
        'order_change_not_allowed',
        'The order already has an agreed contract: record a variation instead',
      ),
    );
  }
  return out;
}

/**
 * The referral order once its contract is agreed: the terms become its requirements and the order
 * runs from the day the contract was agreed (the compliance period, s.89, from the contract taking
 * effect). Pure: the order given is not changed.
 *
 * @example
 * disposalEndDate(withContract(order, contract)); // counted from contract.agreedOn
 */
export function withContract(
  order: DisposalOf<'referral-order'>,
  contract: ReferralOrderContract,
): DisposalOf<'referral-order'> {
  return { ...order, startDate: contract.agreedOn, contract: contract.terms };
}
