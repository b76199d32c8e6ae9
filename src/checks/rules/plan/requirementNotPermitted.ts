import { educationRequirementResidenceUnknown } from '../../../model/disposal/index.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { currentOrders, orderPath } from '../_lib/orders.js';
import { disposalLawIssues, requirementOfIssue } from './_lib/disposalLaw.js';

/**
 * `disposal.requirement-not-permitted` (error): a requirement or contract term the law does not
 * allow for this child or outside its legal range (unpaid work under 16, curfew hours,
 * attendance centre hours by age...). `case.opened` already rejects these; this re-check
 * catches a case loaded from an older log or recorded before the law was encoded.
 *
 * @example
 * checkCase(state, { asOf, rules: ['disposal.requirement-not-permitted'] });
 * // [{ path: ['disposal', 'requirements', 'req-upw'], evidence: { code: 'requirement_age', ... }, ... }]
 */
export const requirementNotPermitted = defineRule({
  id: 'disposal.requirement-not-permitted',
  title: 'Every requirement is one the law allows for this child',
  description:
    'Re-checks each YRO requirement and youth offender contract term of the orders as they stood on the day checked (after any variation) against its legal limits, including those that depend on the child’s age at conviction and on the conviction date (unpaid work only at 16 or 17, curfew hours a day, attendance centre hours by age, residence at a place only at 16 or over, fostering and local authority residence ending before 18, victim consent, no electronic monitoring in a contract). An education requirement running past compulsory school age for a conviction from 28 June 2022, with no record of whether the child lived in England when the order was made, is reported as a warning: it may run to 18 only for a child resident in England (Sch. 6 para 39(4A)-(4B)), so record the residence. The limits are the ones the disposal model applies when a case is opened.',
  severity: 'error',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 s.185 and Sch. 6 (YRO requirements); Sch. 3 paras. 2, 5-6 (youth offender contract)',
  },
  check: ({ state, asOf }) => {
    const findings: RawFinding[] = [];
    for (const o of currentOrders(state, asOf)) {
      const { disposal } = o;
      for (const issue of disposalLawIssues(disposal, state.record.child.dateOfBirth)) {
        const requirement = requirementOfIssue(disposal, issue);
        if (!requirement) continue;
        findings.push({
          message: issue.message,
          path: [...orderPath(o), 'requirements', requirement.id],
          evidence: {
            requirementId: requirement.id,
            kind: requirement.kind,
            field: issue.path.slice(2).join('.'),
            code: issue.code,
          },
        });
      }
      // Not unlawful on its face: the law's end depends on a fact the record leaves out.
      for (const issue of educationRequirementResidenceUnknown(
        disposal,
        state.record.child.dateOfBirth,
      )) {
        const requirement = requirementOfIssue(disposal, issue);
        if (!requirement) continue;
        findings.push({
          message: issue.message,
          path: [...orderPath(o), 'requirements', requirement.id],
          severity: 'warning',
          evidence: {
            requirementId: requirement.id,
            kind: requirement.kind,
            field: 'residentInEngland',
            code: issue.code,
          },
        });
      }
    }
    return findings;
  },
});
