import type * as z from 'zod';
import type { ErrorCode } from './codes.js';
import { UNKNOWN_KEY_MESSAGE } from './messages.js';
import { YjplanError, type YjplanIssue } from './YjplanError.js';

type Path = readonly (string | number)[];

const segment = (p: PropertyKey): string | number => (typeof p === 'symbol' ? String(p) : p);

/** A library issue code carried by a custom zod issue (`params: { code: 'disposal_age' }`). */
function customCode(issue: z.core.$ZodIssue): string | undefined {
  const code = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof code === 'string' && /^[a-z][a-z0-9_]*$/.test(code) ? code : undefined;
}

/** One zod issue as library issues: one per unknown key, with the key at the end of the path. */
function convert(issue: z.core.$ZodIssue, prefix: Path): YjplanIssue[] {
  const path = [...prefix, ...issue.path.map(segment)];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      code: issue.code,
      message: UNKNOWN_KEY_MESSAGE,
    }));
  }
  return [{ path, code: customCode(issue) ?? issue.code, message: issue.message }];
}

/**
 * @internal Converts zod issues to library issues, prefixing each path. An `unrecognized_keys`
 * issue becomes one issue per unknown key, whose path ends with the key and whose message does
 * not repeat it; a custom issue raised with `params: { code }` keeps that library code.
 *
 * @example
 * issuesFromZod(r.error, ['payload']); // [{ path: ['payload', 'child', 'dateOfBirth'], code: 'invalid_format', message: '...' }]
 */
export function issuesFromZod(error: z.ZodError, prefix: Path = []): YjplanIssue[] {
  return error.issues.flatMap((issue) => convert(issue, prefix));
}

/**
 * @internal Builds the library error for a failed parse of `what`. The message names where the
 * first problem is (for an unknown key, the object holding it) and what was expected; it never
 * quotes the input.
 *
 * @example
 * errorFromZod(r.error, 'event'); // YjplanError: Invalid event at payload.openedOn: Expected a real calendar date YYYY-MM-DD
 */
export function errorFromZod(
  error: z.ZodError,
  what: string,
  options: { code?: ErrorCode; prefix?: Path } = {},
): YjplanError {
  const issues = issuesFromZod(error, options.prefix);
  const first = error.issues[0];
  const location = first ? [...(options.prefix ?? []), ...first.path.map(segment)] : [];
  const where = location.length > 0 ? ` at ${location.join('.')}` : '';
  const message = issues[0]?.message ?? 'does not match the schema';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new YjplanError(
    options.code ?? 'invalid_input',
    `Invalid ${what}${where}: ${message}${more}`,
    issues,
  );
}
