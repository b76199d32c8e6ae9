import { filter } from '../../../_lib/lists.js';
import { defineRule } from '../../rule.js';
import { disposalLawIssues, requirementOfIssue } from './_lib/disposalLaw.js';

/**
 * `disposal.not-permitted` (error): the disposal itself breaks a legal limit that is not about
 * one requirement: the child's age for it, a persistent offender opinion, a parent ordered to
 * attend panels for a child under 16, the order's length or dates.
 *
 * @example
 * checkCase(state, { asOf, rules: ['disposal.not-permitted'] });
 * // [{ path: ['disposal', 'convictionDate'], evidence: { code: 'disposal_age' }, ... }]
 */
export const disposalNotPermitted = defineRule({
  id: 'disposal.not-permitted',
  title: 'The disposal is one the law allows for this child',
  description:
    'Re-checks the disposal against the legal limits that are not about a single requirement: the ages it is available at, the persistent offender opinion for a DTO or a YRO with ISS under 15, the order to a parent to attend referral order panels for a child under 16, the length and end date. `case.opened` already rejects these; the re-check catches a case loaded from an older log.',
  severity: 'error',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 ss.83-104 (referral orders), ss.173-187 (YROs), ss.233-241 (DTOs); the disposal catalogue cites each limit',
  },
  check: ({ state }) => {
    const { disposal } = state.record;
    return filter(
      disposalLawIssues(state.record),
      (issue) => !requirementOfIssue(disposal, issue),
    ).map((issue) => ({
      message: issue.message,
      path: ['disposal', ...issue.path],
      evidence: { disposalType: disposal.type, code: issue.code },
    }));
  },
});
