import { type ReferralStatus, referralStatus } from '../../../model/delivery.js';
import type { Agency } from '../../../model/owner.js';
import { defineRule } from '../../rule.js';
import {
  deferredFactorIds,
  factorsAddressedElsewhere,
  significantFactors,
} from './_lib/factors.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { assessmentUnderCheck, liveActions, planUnderCheck } from './_lib/subject.js';

/** A referral the agency declined, or could not take on, involves nobody. */
const ENDED_UNDELIVERED = new Set<ReferralStatus>(['declined', 'not-available']);

/**
 * `plan.agency-not-involved` (warning): a significant factor in a domain another agency owns
 * (education, health, housing, social care...; `plan.agencyDomains`) with no live action owned
 * by such an agency (not cancelled) and no referral to one that is live or was delivered
 * (its latest status is not declined or not available).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.agency-not-involved'] });
 * // [{ path: ['assessment', 'factors', 'f-cannabis'], evidence: { domain: 'substance-use', agencies: ['substance-misuse', 'health'] } }]
 */
export const agencyNotInvolved = defineRule({
  id: 'plan.agency-not-involved',
  title: 'Other agencies’ work is part of the plan',
  description:
    'For each significant factor (not deferred) in a domain the policy maps to other agencies (`plan.agencyDomains`: education and training, health, mental health, substance misuse, housing, social care, police), the plan has an action owned by one of those agencies (not cancelled) or the case has a referral to one that the agency has not declined or found itself unable to take (its latest status is made, accepted, waiting list, started or completed), or the factor is recorded as addressed in another agency’s plan (`addressedElsewhere`). Planning should coordinate with the agencies working with the child, jointly where possible.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${PLANNING_YOUTH}; HM Inspectorate of Probation, youth inspection standards: joint planning for the child’s safety`,
  },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    const assessment = assessmentUnderCheck(state.record);
    if (!version || !assessment) return [];
    const involved = new Set<Agency>();
    for (const r of state.record.referrals) {
      const status = referralStatus(r);
      if (status !== undefined && !ENDED_UNDELIVERED.has(status)) involved.add(r.agency);
    }
    for (const a of liveActions(state.record, version)) {
      if (a.owner.kind === 'partner-agency') involved.add(a.owner.agency);
    }
    const deferred = deferredFactorIds(version.plan);
    const elsewhere = factorsAddressedElsewhere(version.plan);
    const findings = [];
    for (const f of significantFactors(assessment, policy.plan)) {
      const agencies = policy.plan.agencyDomains[f.domain];
      if (!agencies || deferred.has(f.id) || elsewhere.has(f.id)) continue;
      if (agencies.some((a) => involved.has(a))) continue;
      findings.push({
        message: `A significant factor (${f.domain.replaceAll('-', ' ')}) has no action or referral for the agency that owns that area (${agencies.map((a) => a.replaceAll('-', ' ')).join(' or ')})`,
        path: ['assessment', 'factors', f.id],
        evidence: { factorId: f.id, domain: f.domain, agencies },
      });
    }
    return findings;
  },
});
