import { YjplanError } from '../../errors/YjplanError.js';
import { pgClientDriver, pgPoolDriver } from './pg.js';
import { pgliteDriver } from './pglite.js';
import type { Driver, PGliteLike, PgClientLike, PgPoolLike } from './types.js';

const has = (value: object, key: string, type: string): boolean =>
  typeof (value as Record<string, unknown>)[key] === type;

/**
 * @internal The adapter for a database handed to `createCaseStore`, told apart by shape (the
 * store imports no driver): PGlite has `transaction` and `waitReady`; a node-postgres `Pool` has
 * `connect` and `totalCount`; anything else with `query` is taken as a connected `Client`.
 *
 * @throws {YjplanError} `invalid_input` at `['db']` for anything else.
 */
export function driverFor(db: unknown): Driver {
  if (typeof db === 'object' && db !== null && has(db, 'query', 'function')) {
    if (has(db, 'transaction', 'function') && 'waitReady' in db) {
      return pgliteDriver(db as PGliteLike);
    }
    if (has(db, 'connect', 'function') && has(db, 'totalCount', 'number')) {
      return pgPoolDriver(db as PgPoolLike);
    }
    return pgClientDriver(db as PgClientLike);
  }
  throw new YjplanError(
    'invalid_input',
    'Invalid db: expected a node-postgres Pool or Client, or a PGlite instance',
    [{ path: ['db'], code: 'invalid_type', message: 'Expected a Pool, Client or PGlite' }],
  );
}
