import type * as z from 'zod';
import type { ErrorCode } from './codes.js';
import { capIssues, failureMessage, MAX_ISSUES } from './issueList.js';
import { UNKNOWN_KEY_MESSAGE } from './messages.js';
import { YjplanError, type YjplanIssue } from './YjplanError.js';

type Path = readonly (string | number)[];

const segment = (p: PropertyKey): string | number => (typeof p === 'symbol' ? String(p) : p);

/** A library issue code carried by a custom zod issue (`params: { code: 'disposal_age' }`). */
function customCode(issue: z.core.$ZodIssue): string | undefined {
  const code = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof code === 'string' && /^[a-z][a-z0-9_]*$/.test(code) ? code : undefined;
}

/**
 * One zod issue as library issues, appended to `out` until it holds `limit`: one per unknown
 * key, with the key at the end of the path. Returns how many issues did not fit.
 */
function convert(issue: z.core.$ZodIssue, prefix: Path, out: YjplanIssue[], limit: number): number {
  const path = [...prefix, ...issue.path.map(segment)];
  if (issue.code !== 'unrecognized_keys') {
    if (out.length >= limit) return 1;
    out.push({ path, code: customCode(issue) ?? issue.code, message: issue.message });
    return 0;
  }
  const room = Math.max(0, limit - out.length);
  for (const key of issue.keys.slice(0, room)) {
    out.push({ path: [...path, key], code: issue.code, message: UNKNOWN_KEY_MESSAGE });
  }
  return Math.max(0, issue.keys.length - room);
}

/**
 * @internal Converts zod issues to library issues, prefixing each path. An `unrecognized_keys`
 * issue becomes one issue per unknown key, whose path ends with the key and whose message does
 * not repeat it; a custom issue raised with `params: { code }` keeps that library code. At most
 * {@link MAX_ISSUES} are listed: a `too_many_issues` issue at the prefix then counts the rest.
 *
 * @example
 * issuesFromZod(r.error, ['payload']); // [{ path: ['payload', 'child', 'dateOfBirth'], code: 'invalid_format', message: '...' }]
 */
export function issuesFromZod(error: z.ZodError, prefix: Path = []): YjplanIssue[] {
  const { issues, omitted } = zodIssues(error, prefix);
  return capIssues(issues, omitted, prefix);
}

/**
 * @internal The first `limit` library issues of a zod error, and how many more there are, without
 * the summary issue: for a caller that lists the issues of many parses under one cap.
 *
 * @example
 * const { issues, omitted } = zodIssues(r.error, ['events', 3], 100 - listed.length);
 */
export function zodIssues(
  error: z.ZodError,
  prefix: Path = [],
  limit = MAX_ISSUES,
): { issues: YjplanIssue[]; omitted: number } {
  const issues: YjplanIssue[] = [];
  let omitted = 0;
  for (const issue of error.issues) omitted += convert(issue, prefix, issues, limit);
  return { issues, omitted };
}

/**
 * @internal Builds the library error for a failed parse of `what`. The message names what was
 * expected and where the first problem is (for an unknown key, the object holding it); it never
 * quotes the input, not even a key.
 *
 * @example
 * errorFromZod(r.error, 'event'); // YjplanError: Invalid event at payload.openedOn: Expected a real calendar date YYYY-MM-DD
 */
export function errorFromZod(
  error: z.ZodError,
  what: string,
  options: { code?: ErrorCode; prefix?: Path } = {},
): YjplanError {
  const prefix = options.prefix ?? [];
  const { issues, omitted } = zodIssues(error, prefix);
  return new YjplanError(
    options.code ?? 'invalid_input',
    failureMessage(what, issues, omitted),
    capIssues(issues, omitted, prefix),
  );
}
