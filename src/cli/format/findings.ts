import type { Finding } from '../../checks/finding.js';
import type { Painter } from '../io.js';
import { formatPath } from './paths.js';

/** @internal One line per finding, most serious first. */
export function formatFindings(
  findings: readonly Finding[],
  paint: Painter,
  indent = '  ',
): string[] {
  if (findings.length === 0) return [`${indent}${paint.green('No findings.')}`];
  return findings.map((f) => {
    const tag =
      f.severity === 'error'
        ? paint.red('error  ')
        : f.severity === 'warning'
          ? paint.yellow('warning')
          : paint.cyan('info   ');
    const where = f.path.length > 0 ? paint.dim(` (${formatPath(f.path)})`) : '';
    const override = f.overridden ? paint.dim(` [overridden: ${f.overridden.rationale}]`) : '';
    return `${indent}${tag} ${f.rule}: ${f.message}${where}${override}`;
  });
}

/** @internal Counts of findings that still stand (not overridden), by severity. */
export function tally(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.overridden) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
