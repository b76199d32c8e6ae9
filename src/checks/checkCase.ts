import { YjplanError } from '../errors/YjplanError.js';
import { readCaseOrThrow } from '../lifecycle/readCase.js';
import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import { queryOptions } from '../model/queryOptions.js';
import type { Policy, PolicyInput } from '../policy/index.js';
import { policyForCase } from '../schedule/policyForCase.js';
import { RULES, ruleById } from './catalogue.js';
import type { Finding } from './finding.js';
import { withOverride } from './overrides.js';
import type { CheckContext } from './rule.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Options for {@link checkCase}. */
export interface CheckOptions {
  /** The date to judge the case at (never read from the clock). */
  readonly asOf: IsoDate;
  /**
   * The YOS's policy; the documented defaults when omitted. A parsed {@link Policy} is used as
   * is. Resolved for the case's disposal type and the intervention level in force at `asOf`.
   */
  readonly policy?: PolicyInput | Policy;
  /** Only run these rules (all when omitted); every id must be a rule's. */
  readonly rules?: readonly string[];
}

/**
 * Checks a case against every rule: the law for its disposal, proportionality, plan quality,
 * parent/carer involvement, delivery and reviews. Pure: no clock, no I/O. Findings are sorted
 * by severity, then rule id. An overridden finding is reported with its override, never dropped;
 * an override made under another plan version, or for evidence that has changed, no longer
 * holds: the finding stands, with the override as `staleOverride`.
 *
 * @throws {YjplanError} `invalid_input` for a bad `asOf`, `invalid_policy` for a bad policy,
 * `unknown_rule` for an id in `rules` that no rule has (at `['rules', i]`).
 * @example
 * const findings = checkCase(state, { asOf: '2025-10-01' });
 * findings.filter((f) => f.severity === 'error' && !f.overridden);
 */
export function checkCase(state: CaseState, options: CheckOptions): Finding[] {
  const { asOf, policy, rules } = queryOptions(options, ['policy', 'rules']);
  const only = rules === undefined ? undefined : selectedRules(rules as readonly string[]);
  return readCaseOrThrow(state, ({ state: own }) =>
    findingsFor(
      {
        state: own,
        asOf,
        policy: policyForCase(own.record, policy as CheckOptions['policy'], asOf),
      },
      only,
    ),
  );
}

function findingsFor(context: CheckContext, only: Set<string> | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (only && !only.has(rule.id)) continue;
    for (const raw of rule.check(context)) {
      const finding: Finding = {
        rule: rule.id,
        severity: raw.severity ?? rule.severity,
        message: raw.message,
        path: raw.path,
        evidence: raw.evidence,
      };
      findings.push(withOverride(finding, context.state.record));
    }
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0),
  );
}

/**
 * Each rule id's place in `localeCompare` order (ids that compare equal share a place), worked
 * out once: sorting a case's findings by rule then costs a map look-up per comparison instead of
 * a locale-aware string comparison.
 */
const RULE_ORDER: ReadonlyMap<string, number> = (() => {
  const ids = RULES.map((r) => r.id).sort((a, b) => a.localeCompare(b));
  const order = new Map<string, number>();
  let place = 0;
  ids.forEach((id, i) => {
    if (i > 0 && (ids[i - 1] as string).localeCompare(id) !== 0) place++;
    order.set(id, place);
  });
  return order;
})();

/** The rule ids to run, each checked against the catalogue. */
function selectedRules(ids: readonly string[]): Set<string> {
  if (!Array.isArray(ids)) {
    throw new YjplanError('invalid_input', 'Invalid rules: expected a list of rule ids', [
      { path: ['rules'], code: 'invalid_type', message: 'Expected a list of rule ids' },
    ]);
  }
  const unknown = ids.flatMap((id, i) => (ruleById(id) ? [] : [i]));
  if (unknown.length > 0) {
    throw new YjplanError(
      'unknown_rule',
      `No check rule has the id at rules.${unknown[0]}`,
      unknown.map((i) => ({
        path: ['rules', i],
        code: 'unknown_rule',
        message: 'Unknown rule id',
      })),
    );
  }
  return new Set(ids);
}
