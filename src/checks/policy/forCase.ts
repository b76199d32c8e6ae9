import type { CaseRecord } from '../../lifecycle/record.js';
import { assessmentUnderCheck } from '../rules/plan/_lib/subject.js';
import {
  type Policy,
  type PolicyInput,
  parsePolicy,
  type ResolvedPolicy,
  resolvePolicy,
} from './index.js';

/**
 * @internal The policy numbers that apply to one case: the host's policy (or the defaults)
 * resolved for the case's disposal type and the intervention level of the assessment its plan
 * rests on. `checkCase` and `reviewSchedule` both read it, so they never disagree.
 *
 * @throws {YjplanError} `invalid_policy` when `input` does not validate.
 */
export function policyForCase(
  record: CaseRecord,
  input: PolicyInput | Policy | undefined,
): ResolvedPolicy {
  return resolvePolicy(
    parsePolicy(input),
    record.disposal.type,
    assessmentUnderCheck(record)?.interventionLevel,
  );
}
