import { YjplanError } from '../errors/YjplanError.js';
import type { CaseState } from '../lifecycle/state.js';
import { type IsoDate, IsoDateSchema } from '../model/dates.js';
import { RULES } from './catalogue.js';
import { type Finding, findingTarget } from './finding.js';
import { type Policy, type PolicyInput, parsePolicy, resolvePolicy } from './policy/index.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Options for {@link checkCase}. */
export interface CheckOptions {
  /** The date to judge the case at (never read from the clock). */
  readonly asOf: IsoDate;
  /** The YOS's policy; the documented defaults when omitted. A parsed {@link Policy} is used as is. */
  readonly policy?: PolicyInput | Policy;
  /** Only run these rules (all when omitted). */
  readonly rules?: readonly string[];
}

/**
 * Checks a case against every rule: the law for its disposal, proportionality, plan quality,
 * parent/carer involvement, delivery and reviews. Pure: no clock, no I/O. Findings are sorted
 * by severity, then rule id. An overridden finding is reported with its override, never dropped.
 *
 * @throws {YjplanError} `invalid_input` for a bad `asOf`, `invalid_policy` for a bad policy.
 * @example
 * const findings = checkCase(state, { asOf: '2025-10-01' });
 * findings.filter((f) => f.severity === 'error' && !f.overridden);
 */
export function checkCase(state: CaseState, options: CheckOptions): Finding[] {
  const asOf = IsoDateSchema.safeParse(options.asOf);
  if (!asOf.success) {
    throw new YjplanError('invalid_input', 'Invalid asOf: expected a calendar date YYYY-MM-DD', [
      { path: ['asOf'], code: 'invalid_format', message: 'Expected a calendar date YYYY-MM-DD' },
    ]);
  }
  const policy = resolvePolicy(parsePolicy(options.policy), state.record.disposal.type);
  const context = { state, asOf: asOf.data, policy };
  const only = options.rules ? new Set(options.rules) : undefined;
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
      const target = findingTarget(finding);
      const override = state.record.overrides.findLast(
        (o) => o.rule === rule.id && o.target === target,
      );
      findings.push(
        override
          ? {
              ...finding,
              overridden: {
                rationale: override.rationale,
                by: override.by,
                on: override.on,
                eventId: override.eventId,
              },
            }
          : finding,
      );
    }
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
  );
}
