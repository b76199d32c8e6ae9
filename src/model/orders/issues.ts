/**
 * Issues for the checks of orders that change (contracts, variations, revocations, release dates).
 * @internal
 */
import { YjplanError, type YjplanIssue } from '../../errors/YjplanError.js';

type Path = readonly (string | number)[];

/** @internal An issue at `path` with a code and a message that never quotes the input. */
export const at = (path: Path, code: string, message: string): YjplanIssue => ({
  path,
  code,
  message,
});

/** @internal The error for a change the law does not allow: `invalid_input` with the issues. */
export function refused(what: string, issues: readonly YjplanIssue[]): YjplanError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new YjplanError(
    'invalid_input',
    `Invalid ${what}${where}: ${first?.message ?? 'not allowed'}${more}`,
    issues,
  );
}
