import { YjplanError } from '../errors/YjplanError.js';
import { type IsoDate, IsoDateSchema } from './dates.js';

/**
 * @internal The `asOf` option of a query, validated: the calendar date the question is asked
 * on (time is always injected, never read from the clock).
 *
 * @throws {YjplanError} `invalid_input` at path `['asOf']`; the message never quotes the value.
 */
export function asOfDate(value: unknown): IsoDate {
  const r = IsoDateSchema.safeParse(value);
  if (r.success) return r.data;
  throw new YjplanError('invalid_input', 'Invalid asOf: expected a calendar date YYYY-MM-DD', [
    { path: ['asOf'], code: 'invalid_format', message: 'Expected a calendar date YYYY-MM-DD' },
  ]);
}

/**
 * @internal The options of a query that reads a case (`checkCase`, `reviewSchedule`, ...),
 * checked the same way by every one of them: an object, only the keys the query knows (a
 * misspelt `polcy` is refused, never ignored), and a valid `asOf`. The other values are the
 * query's own to validate.
 *
 * @throws {YjplanError} `invalid_input` with the path of the unknown key or bad `asOf`; the
 * message never quotes a key or a value.
 * @example
 * const { asOf, policy } = queryOptions(options, ['policy']);
 */
export function queryOptions<K extends string>(
  value: unknown,
  known: readonly K[],
): { readonly asOf: IsoDate } & { readonly [key in K]?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new YjplanError('invalid_input', 'Invalid options: expected an object with asOf', [
      { path: [], code: 'invalid_type', message: 'Expected an object' },
    ]);
  }
  const unknownKeys = Object.keys(value).filter(
    (key) => key !== 'asOf' && !(known as readonly string[]).includes(key),
  );
  if (unknownKeys.length > 0) {
    throw new YjplanError(
      'invalid_input',
      `Invalid options: ${unknownKeys.length} unknown option${unknownKeys.length > 1 ? 's' : ''}`,
      unknownKeys.map((key) => ({
        path: [key],
        code: 'unrecognized_keys',
        message: 'Unknown option',
      })),
    );
  }
  const options = value as Record<string, unknown>;
  return { ...options, asOf: asOfDate(options.asOf) } as { readonly asOf: IsoDate } & {
    readonly [key in K]?: unknown;
  };
}
