import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import type { ResolvedPolicy } from '../policy/index.js';
import type { Severity } from './finding.js';

/** Where a rule comes from: the law, YJB guidance, inspection standards, or the evidence base. */
export interface RuleSource {
  readonly kind: 'law' | 'yjb-guidance' | 'inspection' | 'evidence' | 'structure';
  /** A citation a practitioner can look up (an Act and section, a guidance title). */
  readonly citation: string;
}

/** What a rule's check sees: the case, the date to judge at, and the policy resolved for this case. */
export interface CheckContext {
  readonly state: CaseState;
  readonly asOf: IsoDate;
  readonly policy: ResolvedPolicy;
}

/** A finding as a rule raises it; the runner adds the rule id, the default severity and overrides. */
export interface RawFinding {
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly severity?: Severity;
}

/** A check rule: its stable id (part of the public API), what it means, where it comes from, and its check. */
export interface Rule {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly severity: Severity;
  readonly source: RuleSource;
  /**
   * Evidence fields that change only because the date judged at moves on (days overdue, days
   * waited): left out of the finding's digest, so an override survives the passing days.
   */
  readonly volatileEvidence?: readonly string[];
  readonly check: (context: CheckContext) => readonly RawFinding[];
}

/**
 * @internal Declares one rule. Ids are `area.kebab-name` and never change once released.
 */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
