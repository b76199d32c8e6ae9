import { isCorporateParent, isParentOrGuardian } from '../../involvement/roles.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { ParentCarer } from '../../model/parentCarer.js';

/**
 * @internal Who must attend a referral order's youth offender panel meetings, when the court
 * ordered it (Sentencing Act 2020 s.90): a parent or guardian, or for a looked-after child the
 * local authority. Undefined when no one is required.
 */
export function panelAttendee(
  disposal: Disposal,
  lookedAfter: boolean,
): ((person: ParentCarer) => boolean) | undefined {
  if (disposal.type !== 'referral-order' || !disposal.parentOrderedToAttend) return undefined;
  return lookedAfter ? isCorporateParent : isParentOrGuardian;
}
