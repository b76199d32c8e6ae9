import type { z } from 'zod';
import type { ErrorCode } from './codes.js';
import { YjplanError, type YjplanIssue } from './YjplanError.js';

/** @internal Converts zod issues to library issues, prefixing each path. */
export function issuesFromZod(
  error: z.ZodError,
  prefix: readonly (string | number)[] = [],
): YjplanIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    code: issue.code,
    message: issue.message,
  }));
}

/** @internal Builds the library error for a failed parse of `what`. */
export function errorFromZod(
  error: z.ZodError,
  what: string,
  options: { code?: ErrorCode; prefix?: readonly (string | number)[] } = {},
): YjplanError {
  const issues = issuesFromZod(error, options.prefix);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new YjplanError(
    options.code ?? 'invalid_input',
    `Invalid ${what}${where}: ${first?.message ?? 'does not match the schema'}${more}`,
    issues,
  );
}
