import type { Driver, PGliteLike, Queryable } from './types.js';

const rowsOf = async <Row>(answer: Promise<{ rows: unknown[] }>): Promise<Row[]> =>
  (await answer).rows as Row[];

/**
 * @internal The adapter for PGlite: PGlite runs one transaction at a time itself, and queries
 * from outside wait for it.
 */
export function pgliteDriver(db: PGliteLike): Driver {
  return {
    kind: 'pglite',
    query: <Row>(sql: string, params: readonly unknown[] = []) =>
      rowsOf<Row>(db.query(sql, [...params])),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      db.transaction((tx) =>
        work({
          query: <Row>(sql: string, params: readonly unknown[] = []) =>
            rowsOf<Row>(tx.query(sql, [...params])),
        }),
      ),
  };
}
