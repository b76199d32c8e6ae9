/**
 * What the child must do or attend, and how long the order gives them: the load checks judge
 * the child's load, not the work agencies, parents and the YOS do around the child.
 * @internal
 */
import { addDays, addMonths, daysBetween } from '../../../../_lib/calendar.js';
import {
  compliedWithContractTerms,
  compliedWithYroRequirements,
} from '../../../../law/compliance.js';
import {
  type Disposal,
  type DisposalRequirement,
  disposalEndDate,
  disposalStartDate,
  requirementsOf,
} from '../../../../model/disposal/index.js';
import type { PlanAction } from '../../../../model/plan.js';

/**
 * @internal How a requirement is met: `complied-with` (a restriction: monitored, not delivered),
 * `delivered` (the child attends or takes part in something provided), or `either` for a
 * conditional caution's condition, whose wording alone does not say.
 */
export function requirementNature(
  requirement: Pick<DisposalRequirement, 'kind'>,
): 'complied-with' | 'delivered' | 'either' {
  const { kind } = requirement;
  if (kind === 'caution-condition') return 'either';
  return kind in compliedWithYroRequirements || kind in compliedWithContractTerms
    ? 'complied-with'
    : 'delivered';
}

/**
 * @internal Whether an action is part of the child's load: what the action records
 * (`childTakesPart`), else the child's own actions and the YOS's sessions that deliver a
 * requirement the child attends. A partner agency's, a parent's or the YOS's own tasks (a
 * referral, a meeting about the child, monitoring a curfew) are not.
 */
export function isChildsLoad(action: PlanAction, natures: RequirementNatures): boolean {
  if (action.childTakesPart !== undefined) return action.childTakesPart;
  if (action.owner.kind === 'child') return true;
  if (action.owner.kind !== 'yos' || action.deliversRequirement === undefined) return false;
  const nature = natures.get(action.deliversRequirement);
  return nature !== undefined && nature !== 'complied-with';
}

/** @internal How each requirement of the orders is met, by requirement id. */
export type RequirementNatures = ReadonlyMap<string, ReturnType<typeof requirementNature>>;

const natures = new WeakMap<Disposal, RequirementNatures>();

/** How each requirement of a disposal is met, by id, worked out once per disposal. */
function naturesOf(disposal: Disposal): RequirementNatures {
  let byId = natures.get(disposal);
  if (!byId) {
    byId = new Map(requirementsOf(disposal).map((r) => [r.id, requirementNature(r)]));
    natures.set(disposal, byId);
  }
  return byId;
}

/** @internal How each requirement of the orders given is met, by id (one order: no copying). */
export function requirementNatures(
  orders: readonly { readonly disposal: Disposal }[],
): RequirementNatures {
  if (orders.length === 1) return naturesOf((orders[0] as { disposal: Disposal }).disposal);
  const all = new Map<string, ReturnType<typeof requirementNature>>();
  for (const o of orders) for (const [id, n] of naturesOf(o.disposal)) all.set(id, n);
  return all;
}

/** Days in an average month (365.25 / 12). */
const DAYS_PER_MONTH = 30.4375;

/**
 * @internal The disposal's length in months, from its start to its last day: whole calendar
 * months, then the days left over as a fraction, to one decimal place (a 6-month referral order
 * is 6); `undefined` for a disposal with no end date.
 */
export function disposalMonths(disposal: Disposal): number | undefined {
  const end = disposalEndDate(disposal);
  if (end === undefined) return undefined;
  const start = disposalStartDate(disposal);
  const after = addDays(end, 1);
  if (after <= start) return 0;
  let months = Math.floor(daysBetween(start, after) / 31);
  if (!Number.isSafeInteger(months)) throw new RangeError('Not a calendar date');
  // At most a month's worth of 31-day months short: two steps at most for any real dates.
  for (let step = 0; step < 3 && addMonths(start, months + 1) <= after; step++) months++;
  const rest = daysBetween(addMonths(start, months), after) / DAYS_PER_MONTH;
  return Math.round((months + rest) * 10) / 10;
}
