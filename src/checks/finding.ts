/** How serious a finding is: `error` for the law and structural impossibilities, `warning` for practice guidance. */
export type Severity = 'error' | 'warning' | 'info';

/** A practitioner's recorded override of a finding. */
export interface FindingOverrideNote {
  readonly rationale: string;
  readonly by: string;
  readonly on: string;
  readonly eventId: string;
}

/**
 * One answer of the checks: which rule, how serious, a plain-English message with no personal
 * data, the path of what it concerns (e.g. `['plan', 'objectives', 'o-2']`), and the evidence
 * (numbers or ids) that triggered it. An overridden finding is still reported, with the override.
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly overridden?: FindingOverrideNote;
}

/**
 * The target string an override names for a finding: its path joined with `/`.
 *
 * @example
 * findingTarget({ path: ['plan', 'objectives', 'o-2'] }); // 'plan/objectives/o-2'
 */
export function findingTarget(finding: Pick<Finding, 'path'>): string {
  return finding.path.join('/');
}
