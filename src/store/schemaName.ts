import { YjplanError } from '../errors/YjplanError.js';

/** Lower-case SQL identifiers only, so a schema name never needs quoting rules beyond `"..."`. */
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The schema the store keeps its tables in when none is given.
 *
 * @example
 * createCaseStore({ db }); // tables in "yjplan"
 */
export const DEFAULT_STORE_SCHEMA = 'yjplan';

/**
 * @internal The schema name, checked to be a plain SQL identifier (lower-case letters, digits and
 * `_`, at most 63 characters, not starting with a digit or `pg_`), quoted for SQL text.
 *
 * @throws {YjplanError} `invalid_input` at `['schema']`.
 */
export function quotedSchema(name: unknown): string {
  if (typeof name === 'string' && IDENTIFIER.test(name) && !name.startsWith('pg_')) {
    return `"${name}"`;
  }
  throw new YjplanError(
    'invalid_input',
    'Invalid schema: expected a lower-case SQL identifier (letters, digits, _; at most 63)',
    [{ path: ['schema'], code: 'invalid_format', message: 'Expected a lower-case SQL identifier' }],
  );
}
