import { planSharingRestrictions } from '../../../model/restrictions.js';
import { defineRule } from '../../rule.js';

/**
 * `involvement.shared-with-restricted-person`: no copy of the plan is recorded as given to a
 * person whose restrictions forbid it on the day it was given (no contact, no sharing of the plan,
 * no sharing of the child's whereabouts), unless the record carries a reasoned override. The
 * event itself refuses such a copy; this catches restrictions recorded afterwards that reach back
 * to the day of the copy.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.shared-with-restricted-person'] });
 */
export const sharedWithRestrictedPerson = defineRule({
  id: 'involvement.shared-with-restricted-person',
  title: 'Plan shared with a restricted person',
  description:
    'A copy of the plan is recorded as given to a person whose contact restrictions (no contact, no sharing of the plan or of the child’s whereabouts) applied on that day, without a reasoned sharing override.',
  severity: 'error',
  source: {
    kind: 'structure',
    citation:
      'The person’s recorded contact restriction and its source (a court order or a safeguarding decision)',
  },
  check: ({ state, asOf }) => {
    const { record } = state;
    const findings = [];
    for (const e of record.involvement) {
      const r = e.record;
      if (e.invalidated || r.kind !== 'plan-copy-given' || r.sharingOverride || r.on > asOf)
        continue;
      const person = record.people.find((p) => p.id === r.personId);
      const restrictions = person ? planSharingRestrictions(person, r.on) : [];
      if (restrictions.length === 0) continue;
      findings.push({
        message: 'A copy of the plan is recorded as given to a person whose restrictions forbid it',
        path: ['involvement', r.id],
        evidence: {
          personId: r.personId,
          planVersion: r.planVersion,
          restrictionKinds: restrictions.map((x) => x.kind),
        },
      });
    }
    return findings;
  },
});
