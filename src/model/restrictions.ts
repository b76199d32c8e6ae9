import type { IsoDate } from './dates.js';
import type { ContactRestriction, ParentCarer, RestrictionKind } from './parentCarer.js';

/**
 * The restriction kinds that forbid giving a person a copy of the child's plan: no contact at
 * all, no sharing of the plan, and no sharing of the child's whereabouts (a plan names the
 * child's school, placement and appointments, and the library cannot tell whether a copy was
 * redacted). Supervised contact does not forbid it. A copy that is still right to give (e.g. a
 * redacted one agreed at a strategy meeting) is recorded with a reasoned `sharingOverride`.
 *
 * @example
 * PLAN_SHARING_FORBIDDEN_BY.includes('no-contact'); // true
 */
export const PLAN_SHARING_FORBIDDEN_BY: readonly RestrictionKind[] = [
  'no-contact',
  'no-sharing-of-plan',
  'no-sharing-of-whereabouts',
];

/**
 * Whether a restriction applies on a date: `from <= date <= until`, either end open when absent.
 *
 * @example
 * restrictionApplies({ kind: 'no-contact', reason: 'Court order', source: 'court-order', from: '2025-01-01' }, '2025-01-01'); // true
 */
export function restrictionApplies(restriction: ContactRestriction, on: IsoDate): boolean {
  return (
    (restriction.from === undefined || restriction.from <= on) &&
    (restriction.until === undefined || on <= restriction.until)
  );
}

/**
 * The person's restrictions that apply on a date.
 *
 * @example
 * restrictionsOn(father, '2025-09-24').map((r) => r.kind); // ['no-contact', 'no-sharing-of-plan']
 */
export function restrictionsOn(person: ParentCarer, on: IsoDate): ContactRestriction[] {
  return person.restrictions.filter((r) => restrictionApplies(r, on));
}

/**
 * The person's restrictions that forbid giving them the plan on a date (empty when a copy may
 * be given).
 *
 * @example
 * planSharingRestrictions(father, '2025-09-24').length > 0; // true: never give him the plan
 */
export function planSharingRestrictions(person: ParentCarer, on: IsoDate): ContactRestriction[] {
  return restrictionsOn(person, on).filter((r) => PLAN_SHARING_FORBIDDEN_BY.includes(r.kind));
}

/**
 * Whether the person is under a no-contact restriction on a date.
 *
 * @example
 * noContactOn(father, '2025-09-24'); // true
 */
export function noContactOn(person: ParentCarer, on: IsoDate): boolean {
  return restrictionsOn(person, on).some((r) => r.kind === 'no-contact');
}
