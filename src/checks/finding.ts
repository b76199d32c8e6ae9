/** How serious a finding is: `error` for the law and structural impossibilities, `warning` for practice guidance. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A practitioner's recorded override of a finding. `rationale` is the practitioner's own free
 * text, copied from the `finding.overridden` event so the finding shows why it was overridden
 * (defensibility): unlike the rest of a finding it may hold personal data, so treat it as case
 * notes and leave it out (or redact it) in views for people who may not see them.
 */
export interface FindingOverrideNote {
  readonly rationale: string;
  readonly by: string;
  readonly on: string;
  readonly eventId: string;
}

/**
 * An override that no longer holds: made under another plan version (`plan-version-changed`)
 * or for evidence that has since changed (`evidence-changed`, when the override recorded the
 * finding's digest). The finding it names stands; record a new override if it still applies.
 *
 * @example
 * const lapsed = findings.filter((f) => f.staleOverride?.reason === 'plan-version-changed');
 */
export interface StaleOverrideNote extends FindingOverrideNote {
  readonly reason: 'plan-version-changed' | 'evidence-changed';
}

/**
 * One answer of the checks: which rule, how serious, a plain-English message with no personal
 * data, the path of what it concerns (e.g. `['plan', 'objectives', 'o-2']`), and the evidence
 * (numbers or ids) that triggered it. An overridden finding is still reported, with the override;
 * an override that went stale is reported as `staleOverride` and the finding stands.
 */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly overridden?: FindingOverrideNote;
  /** The newest override of this finding, when it no longer holds (the finding then stands). */
  readonly staleOverride?: StaleOverrideNote;
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
