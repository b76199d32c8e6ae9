import { valueOrThrow } from '../errors/result.js';
import { caseOrders, principalOf } from '../lifecycle/orders.js';
import { ratingsInForce } from '../lifecycle/ratingsInForce.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { IsoDate } from '../model/dates.js';
import {
  type Policy,
  type PolicyInput,
  type ResolvedPolicy,
  resolvePolicy,
  safeParsePolicy,
} from '../policy/index.js';

/**
 * @internal The policy numbers that apply to one case: the host's policy (or the defaults)
 * resolved for the type of the case's principal order as it stood at `asOf` (none before a
 * sentence: bail or remand takes the general numbers) and the intervention level in force (the
 * newest set by an assessment or a review completed by then; every review when `asOf` is
 * omitted). `checkCase` and `reviewSchedule` both read it, so they never disagree.
 *
 * @throws {YjplanError} `invalid_policy` when `input` does not validate.
 */
export function policyForCase(
  record: CaseRecord,
  input: PolicyInput | Policy | undefined,
  asOf?: IsoDate,
): ResolvedPolicy {
  return resolvePolicy(
    valueOrThrow(safeParsePolicy(input)),
    (asOf === undefined ? record.disposal : principalOf(caseOrders(record, asOf))?.disposal)?.type,
    ratingsInForce(record, asOf)?.interventionLevel,
  );
}
