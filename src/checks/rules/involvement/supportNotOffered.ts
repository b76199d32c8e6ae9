import { addDays } from '../../../_lib/calendar.js';
import { summarise } from '../../../involvement/summary.js';
import { latestAssessment, signedOffAssessment } from '../../../lifecycle/derive.js';
import type { FactorDomain } from '../../../model/assessment.js';
import { defineRule } from '../../rule.js';

/** Assessment domains that call for support to parents and carers. */
const FAMILY_DOMAINS: readonly FactorDomain[] = ['parenting', 'family-and-relationships'];

/**
 * `involvement.support-not-offered`: when the assessment found parenting or family factors,
 * support (a parenting programme, family support, mediation...) is offered to a parent/carer
 * within the policy's days (default 28) of the assessment's sign-off. An offer, an acceptance, a
 * refusal, a parenting contract or a parenting order all show support was offered. Not raised
 * when every parent/carer the checks expect has a recorded reason not to be involved.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.support-not-offered'] });
 */
export const supportNotOffered = defineRule({
  id: 'involvement.support-not-offered',
  title: 'No support offered to parents or carers',
  description:
    'The assessment found parenting or family factors, and no support (parenting programme, family support, parenting contract or order) has been offered to a parent or carer within the policy days (default 28) of the assessment being signed off.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation:
      'YJB Child First: collaborate with children and their carers; parenting contracts (Anti-social Behaviour Act 2003 s.25) and parenting orders (Sentencing Act 2020 s.366)',
  },
  check: ({ state, asOf, policy }) => {
    const { record } = state;
    const assessed = signedOffAssessment(record) ?? latestAssessment(record);
    const assessment = assessed?.assessment;
    if (!assessed || !assessment || assessment.completedOn > asOf) return [];
    const factorIds = assessment.factors
      .filter((f) => FAMILY_DOMAINS.includes(f.domain))
      .map((f) => f.id);
    if (factorIds.length === 0) return [];
    const from = assessed.signedOff?.on ?? assessment.completedOn;
    const dueBy = addDays(from, policy.involvement.supportOfferWithinDays);
    if (asOf <= dueBy) return [];
    const summary = summarise(record, asOf);
    const offered = summary.people.some(
      (p) =>
        p.support.length > 0 || p.parentingContracts.length > 0 || p.parentingOrders.length > 0,
    );
    if (offered) return [];
    const expected = summary.people.filter((p) => p.expected);
    if (expected.length > 0 && expected.every((p) => p.excused !== undefined)) return [];
    return [
      {
        message:
          'The assessment found parenting or family factors, but no support has been offered to a parent or carer',
        path: ['involvement', 'support'],
        evidence: { assessmentId: assessment.id, factorIds, dueBy },
      },
    ];
  },
});
