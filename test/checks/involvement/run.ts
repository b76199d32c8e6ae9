import { checkCase } from '../../../src/checks/checkCase.js';
import type { Finding } from '../../../src/checks/finding.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import type { InvolvementRecord } from '../../../src/model/involvement.js';
import type { PolicyInput } from '../../../src/policy/index.js';

/** The findings of one rule on a case at a date. */
export function findings(
  state: CaseState,
  rule: string,
  asOf: string,
  policy?: PolicyInput,
): Finding[] {
  return checkCase(state, { asOf, rules: [rule], ...(policy && { policy }) });
}

/** An involvement record for the mother (by default). */
export const rec = (r: Record<string, unknown>) =>
  ({ personId: 'pc-mum', ...r }) as InvolvementRecord;
