import type { Finding, Severity } from '../../checks/finding.js';
import type { Painter } from '../io.js';

/** Findings of one rule across a caseload. */
interface RuleCount {
  severity: Severity;
  /** Findings that stand (not overridden). */
  findings: number;
  /** Cases with at least one standing finding of the rule. */
  cases: number;
  /** Findings a practitioner overrode with a recorded rationale. */
  overridden: number;
}

/**
 * @internal The totals `yjplan check` ends with: cases read, checked and invalid, cases with
 * error findings, and the findings of each rule.
 *
 * @example
 * const summary = new CheckSummary(asOf); summary.checked(findings); summary.invalid();
 */
export class CheckSummary {
  private cases = 0;
  private valid = 0;
  private withErrors = 0;
  private readonly byRule = new Map<string, RuleCount>();

  constructor(private readonly asOf: string) {}

  /** A case that could not be checked (not valid JSON, or not a valid case). */
  invalid(): void {
    this.cases++;
  }

  /** A case checked, with its findings. */
  checked(findings: readonly Finding[]): void {
    this.cases++;
    this.valid++;
    const seen = new Set<string>();
    let errors = false;
    for (const f of findings) {
      let count = this.byRule.get(f.rule);
      if (!count) {
        count = { severity: f.severity, findings: 0, cases: 0, overridden: 0 };
        this.byRule.set(f.rule, count);
      }
      if (f.overridden) {
        count.overridden++;
        continue;
      }
      count.findings++;
      if (f.severity === 'error') errors = true;
      if (!seen.has(f.rule)) {
        seen.add(f.rule);
        count.cases++;
      }
    }
    if (errors) this.withErrors++;
  }

  get count(): number {
    return this.cases;
  }

  /** The rules, most serious first, then by how many findings. */
  private rules(): [string, RuleCount][] {
    const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    return [...this.byRule].sort(
      ([a, x], [b, y]) =>
        rank[x.severity] - rank[y.severity] || y.findings - x.findings || a.localeCompare(b),
    );
  }

  /** The summary as one JSON record of the output (`kind: 'summary'`). */
  toJSON() {
    return {
      kind: 'summary' as const,
      asOf: this.asOf,
      cases: this.cases,
      checked: this.valid,
      invalid: this.cases - this.valid,
      withErrorFindings: this.withErrors,
      findingsByRule: Object.fromEntries(this.rules()),
    };
  }

  /** The summary as text lines. */
  lines(paint: Painter): string[] {
    const n = (x: number) => x.toLocaleString('en-GB');
    const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;
    const invalid = this.cases - this.valid;
    const out = [
      paint.bold(`Summary as of ${this.asOf}`),
      `  ${plural(this.cases, 'case')} read: ${n(this.valid)} checked, ${n(invalid)} invalid (not checked)`,
      `  ${plural(this.withErrors, 'case')} with error findings`,
    ];
    const rules = this.rules();
    if (rules.length === 0) return [...out, `  ${paint.green('No findings.')}`];
    out.push('  Findings by rule:');
    const width = Math.max(...rules.map(([id]) => id.length));
    for (const [id, c] of rules) {
      const overridden = c.overridden > 0 ? paint.dim(`, ${n(c.overridden)} overridden`) : '';
      out.push(
        `    ${c.severity.padEnd(7)} ${id.padEnd(width)}  ${plural(c.findings, 'finding')} in ${plural(c.cases, 'case')}${overridden}`,
      );
    }
    return out;
  }
}
