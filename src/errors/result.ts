import type { YjplanError } from './YjplanError.js';

/**
 * The result form of a fallible call: `ok` with a value, or not `ok` with an error.
 *
 * @example
 * const r = safeParseCaseEvent(json);
 * if (r.ok) use(r.value); else report(r.error.issues);
 */
export type Result<T, E = YjplanError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** @internal */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
/** @internal */
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/**
 * @internal The value of a result, or its error thrown: the throwing form of a `safe*` call.
 *
 * @example
 * const policy = valueOrThrow(safeParsePolicy(input));
 */
export function valueOrThrow<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}
