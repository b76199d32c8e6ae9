import { YjplanError } from '../errors/YjplanError.js';
import { RULES, ruleById } from './catalogue.js';
import type { Severity } from './finding.js';
import type { RuleSource } from './rule.js';

/** What a rule means and where it comes from. */
export interface RuleExplanation {
  readonly rule: string;
  readonly title: string;
  readonly description: string;
  readonly severity: Severity;
  readonly source: RuleSource;
}

/**
 * The description and source of one rule (law, YJB guidance, inspection standards or the
 * evidence base), for a practitioner asking "why does it say that?".
 *
 * @throws {YjplanError} `unknown_rule` for an id no rule has.
 * @example
 * explain('plan.front-loaded').source.citation;
 */
export function explain(rule: string): RuleExplanation {
  const found = ruleById(rule);
  if (!found) {
    throw new YjplanError('unknown_rule', 'No check rule has this id', [
      { path: ['rule'], code: 'unknown_rule', message: 'Unknown rule id' },
    ]);
  }
  return {
    rule: found.id,
    title: found.title,
    description: found.description,
    severity: found.severity,
    source: found.source,
  };
}

/**
 * The rule catalogue as Markdown: the source of `docs/rules.md`, so the docs are generated
 * from the rule definitions and never written twice.
 *
 * @example
 * fs.writeFileSync('docs/rules.md', rulesMarkdown());
 */
export function rulesMarkdown(): string {
  const lines = [
    '# Check rules',
    '',
    '<!-- Generated from the rule definitions by `npm run docs`; do not edit by hand. -->',
    '',
    'Rule ids are stable and part of the public API. `error` findings are the law or structural',
    'impossibilities; `warning` findings are practice guidance that a practitioner may override',
    'with a recorded rationale (`finding.overridden`).',
    '',
    '## Overrides',
    '',
    '- An overridden finding is still reported, with `overridden: { rationale, by, on, eventId }`.',
    '- An override holds for the plan version in force when it was recorded (the library records',
    '  it) and, when the event carries `evidenceDigest` (`overridePayload(finding, …)` fills it in',
    '  from `findingDigest(finding)`), for that evidence only. Once the plan is revised, or the',
    '  evidence changes (days overdue or days waited aside), the finding stands again and carries',
    '  the lapsed override as `staleOverride` with `reason` `plan-version-changed` or',
    '  `evidence-changed`: record a new override if it still applies.',
    '- `finding.overrideWithdrawn` (with a reason) withdraws an override; the log stays',
    '  append-only and the finding stands again.',
    '- `overridden.rationale` (and `staleOverride.rationale`) is the practitioner’s own free text,',
    '  copied verbatim: the one part of a finding that may hold personal data. Messages, paths and',
    '  evidence never do. Views for readers who may not see case notes must redact it.',
    '',
    '## Catalogue',
    '',
    '| rule | severity | what it checks | source |',
    '|---|---|---|---|',
  ];
  for (const r of RULES) {
    lines.push(
      `| \`${r.id}\` | ${r.severity} | **${r.title}.** ${r.description} | ${r.source.kind}: ${r.source.citation} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
