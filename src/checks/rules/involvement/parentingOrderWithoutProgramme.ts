import { parentingOrderLaw } from '../../../law/parentingOrder.js';
import { parentingOrderProgrammeIssue } from '../../../model/involvement.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';

/**
 * `involvement.parenting-order-without-programme` (warning): a parenting order recorded with no
 * counselling or guidance programme, when the record does not say whether the parent had a
 * parenting order before (the programme may be left out only then). A record that says there was
 * no earlier order is refused when recorded; this catches the silent ones.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.parenting-order-without-programme'] });
 * // [{ path: ['involvement', 'po-1', 'previousParentingOrder'], evidence: { code: 'parenting_order_programme_missing' } }]
 */
export const parentingOrderWithoutProgramme = defineRule({
  id: 'involvement.parenting-order-without-programme',
  title: 'A first parenting order includes a programme',
  description:
    'A parenting order recorded (`parenting-order-made`) with no counselling or guidance programme (`programmeMonths` 0) and no record of whether the parent had a parenting order before (`previousParentingOrder`). The programme may be left out only when the parent has had a parenting order before; record that, or the programme. A record saying there was no earlier order is refused when recorded.',
  severity: 'warning',
  source: { kind: 'law', citation: parentingOrderLaw.source },
  check: ({ state, asOf }) => {
    const findings: RawFinding[] = [];
    for (const e of state.record.involvement) {
      if (e.invalidated !== undefined || e.record.on > asOf) continue;
      for (const issue of parentingOrderProgrammeIssue(e.record)) {
        findings.push({
          message: issue.message,
          path: ['involvement', e.record.id, ...issue.path],
          evidence: { code: issue.code },
        });
      }
    }
    return findings;
  },
});
