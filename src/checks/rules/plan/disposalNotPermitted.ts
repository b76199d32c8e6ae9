import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { currentOrders, orderPath } from '../_lib/orders.js';
import { disposalLawIssues, requirementOfIssue } from './_lib/disposalLaw.js';
import { historyIssuesOf } from './_lib/history.js';

/**
 * `disposal.not-permitted` (error): an order of the case, as it stood on the day checked, breaks
 * a legal limit that is not about one requirement: the child's age for it, a persistent offender
 * opinion, a parent ordered to attend panels for a child under 16, the order's length or dates; or,
 * where the case records the offences and history, a referral order the court could not make
 * (error), or a conditional discharge after youth cautions (warning: the court may have stated
 * exceptional circumstances).
 *
 * @example
 * checkCase(state, { asOf, rules: ['disposal.not-permitted'] });
 * // [{ path: ['disposal', 'convictionDate'], evidence: { code: 'disposal_age' }, ... }]
 */
export const disposalNotPermitted = defineRule({
  id: 'disposal.not-permitted',
  title: 'The disposal is one the law allows for this child',
  description:
    'Re-checks each order of the case, as it stood on the day checked (after the contract and any variations), against the legal limits that are not about a single requirement: the ages it is available at, the persistent offender opinion for a DTO or a YRO with ISS under 15, the order to a parent to attend referral order panels for a child under 16, the length and end date. `case.opened` and the order events already reject these; the re-check catches a case loaded from an older log. Where the case records the offences: a referral order made by the Crown Court, or without a guilty plea to the offence or a connected one, is reported as an error (s.84(1)(a), (f)); a conditional discharge for an offence committed within two years of the last of two or more youth cautions is reported as a warning, since it needs exceptional circumstances the court states (Crime and Disorder Act 1998 s.66ZB). Findings about the principal order have paths under `disposal`, others under `orders/<id>`.',
  severity: 'error',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 ss.83-104 (referral orders), ss.173-187 (YROs), ss.233-241 (DTOs), ss.252A-259 (serious custodial sentences); Crime and Disorder Act 1998 s.66ZB (conditional discharge after cautions); the disposal catalogue cites each limit',
  },
  check: ({ state, asOf }) => {
    const findings: RawFinding[] = [];
    for (const o of currentOrders(state, asOf)) {
      const { disposal } = o;
      const issues = disposalLawIssues(disposal, state.record.child.dateOfBirth).filter(
        (issue) => !requirementOfIssue(disposal, issue),
      );
      for (const issue of issues) {
        findings.push({
          message: issue.message,
          path: [...orderPath(o), ...issue.path],
          evidence: { disposalType: disposal.type, code: issue.code },
        });
      }
      for (const h of historyIssuesOf(state.record, disposal)) {
        findings.push({
          message: h.issue.message,
          path: [...orderPath(o), ...h.issue.path],
          evidence: { disposalType: disposal.type, code: h.issue.code },
          ...(h.severity === 'warning' && { severity: 'warning' as const }),
        });
      }
    }
    return findings;
  },
});
