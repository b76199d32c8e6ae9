import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';

/**
 * `compliance.warning-without-account` (warning): a compliance warning recorded without the
 * child's own account of what happened.
 *
 * @example
 * checkCase(state, { asOf, rules: ['compliance.warning-without-account'] });
 * // [{ path: ['compliance', 'w-2'], evidence: { warningId: 'w-2', on: '2025-11-03' } }]
 */
export const warningWithoutAccount = defineRule({
  id: 'compliance.warning-without-account',
  title: 'Warnings record the child’s own account',
  description:
    'Each compliance warning records the child’s account of the non-compliance, in their own words. Procedural justice: a child who is heard and told the consequences sees the process as fair and is more likely to comply. Where the child would not give an account, override the finding and say so.',
  severity: 'warning',
  source: { kind: 'evidence', citation: DELIVERY_EVIDENCE },
  check: ({ state: { record } }) => {
    const findings: RawFinding[] = [];
    for (const entry of record.compliance) {
      if (entry.kind !== 'warning' || entry.childAccount !== undefined) continue;
      findings.push({
        message: 'A warning was recorded without the child’s account of what happened',
        path: ['compliance', entry.id],
        evidence: { warningId: entry.id, on: entry.on },
      });
    }
    return findings;
  },
});
