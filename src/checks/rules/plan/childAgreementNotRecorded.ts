import { activePlan } from '../../../lifecycle/derive.js';
import { defineRule } from '../../rule.js';
import { INSPECTION_PLANNING, PLANNING_PROBATION, PLANNING_YOUTH } from './_lib/sources.js';

/**
 * `plan.child-agreement-not-recorded` (warning): a plan version is active and the case has no
 * record of the child's agreement to it: agreed, agreed with misgivings, disagreed, or why it
 * could not be discussed with the child.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.child-agreement-not-recorded'] });
 * // [{ path: ['plans', 1, 'agreements', 'child'], evidence: { planVersion: 1, activatedOn: '2025-09-24' } }]
 */
export const childAgreementNotRecorded = defineRule({
  id: 'plan.child-agreement-not-recorded',
  title: 'The child’s agreement to the plan is recorded',
  description:
    'Each plan version in force has a record of the child’s agreement to it (`plan.agreementRecorded` for the child): agreed, agreed with misgivings (acknowledged), disagreed, or could not be discussed, with why. A plan the child does not understand or agree with is unlikely to succeed; inspectors ask whether the child was actively involved in planning. Agreement to an earlier version does not carry over to a revision.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${PLANNING_YOUTH}; ${PLANNING_PROBATION}; ${INSPECTION_PLANNING} (involving the child)`,
  },
  check: ({ state: { record }, asOf }) => {
    const plan = activePlan(record);
    if (!plan?.activatedOn || plan.activatedOn > asOf) return [];
    const recorded = record.agreements.some(
      (a) => a.planVersion === plan.version && a.party.kind === 'child' && a.recordedOn <= asOf,
    );
    if (recorded) return [];
    return [
      {
        message:
          'The plan version in force has no record of the child’s agreement, nor of why it could not be discussed with them',
        path: ['plans', plan.version, 'agreements', 'child'],
        evidence: { planVersion: plan.version, activatedOn: plan.activatedOn },
      },
    ];
  },
});
