import type { ErrorCode } from './codes.js';

/**
 * One problem with one field. `path` locates the field from the root of the input
 * (`['events', 3, 'payload', 'plan', 'objectives', 0, 'focus']`; for an unknown key, the path
 * ends with that key); `message` never repeats the offending value, so it is safe to log.
 *
 * @example
 * const issue: YjplanIssue = { path: ['payload', 'disposal', 'lengthMonths'], code: 'too_big', message: 'A referral order runs for 3 to 12 months (...)' };
 */
export interface YjplanIssue {
  readonly path: readonly (string | number)[];
  /** A machine-readable issue code: one of {@link ISSUE_CODES} (zod's codes and the library's own). */
  readonly code: string;
  readonly message: string;
}

/**
 * The one error type of the library. Carries a stable {@link ErrorCode}, a message free of
 * personal data, and the issues with the paths of the offending fields.
 *
 * @example
 * try {
 *   applyEvent(state, event);
 * } catch (e) {
 *   if (isYjplanError(e)) console.error(e.code, e.issues.map((i) => i.path.join('.')));
 * }
 */
export class YjplanError extends Error {
  override readonly name = 'YjplanError';
  readonly code: ErrorCode;
  readonly issues: readonly YjplanIssue[];

  constructor(code: ErrorCode, message: string, issues: readonly YjplanIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }

  /** A plain, JSON-friendly copy (for logs and HTTP answers). */
  toJSON(): { code: ErrorCode; message: string; issues: readonly YjplanIssue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/**
 * Whether a value is a {@link YjplanError} (works across bundles by checking the shape).
 *
 * @example
 * const r = safeParseCaseEvent(input);
 * if (!r.ok && isYjplanError(r.error)) log(r.error.code);
 */
export function isYjplanError(value: unknown): value is YjplanError {
  return (
    value instanceof YjplanError ||
    (value instanceof Error &&
      value.name === 'YjplanError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      Array.isArray((value as { issues?: unknown }).issues))
  );
}
