import type { Driver, PgClientLike, PgPoolLike, Queryable } from './types.js';

type PgQueryable = Pick<PgClientLike, 'query'>;

const on = (client: PgQueryable): Queryable => ({
  query: async <Row>(sql: string, params: readonly unknown[] = []) =>
    (await client.query(sql, [...params])).rows as Row[],
});

/**
 * Runs `work` between BEGIN and COMMIT on one connection; ROLLBACK when it throws. Answers
 * whether the connection is still fit for use (a failed ROLLBACK means it is not).
 */
async function inTransaction<T>(
  client: PgQueryable,
  work: (tx: Queryable) => Promise<T>,
): Promise<{ value: T } | { error: unknown; broken: boolean }> {
  try {
    await client.query('BEGIN');
    const value = await work(on(client));
    await client.query('COMMIT');
    return { value };
  } catch (error) {
    try {
      await client.query('ROLLBACK');
      return { error, broken: false };
    } catch {
      return { error, broken: true };
    }
  }
}

/**
 * @internal The adapter for a node-postgres `Pool`: each transaction checks out its own
 * connection, so appends to different cases run side by side. A connection that broke during a
 * transaction is destroyed, not returned to the pool.
 */
export function pgPoolDriver(pool: PgPoolLike): Driver {
  return {
    kind: 'pg-pool',
    query: on(pool).query,
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A connection that dies while checked out also emits 'error': the failed query already
      // answers it, so the event must not go unheard (it would end the host's process).
      const ignore = () => undefined;
      client.on?.('error', ignore);
      const outcome = await inTransaction(client, work);
      client.off?.('error', ignore);
      client.release('broken' in outcome && outcome.broken);
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}

/**
 * @internal The adapter for one node-postgres `Client`: a connection runs one transaction at a
 * time, so the store queues its work on it (a query outside a transaction would otherwise land
 * inside another call's transaction).
 */
export function pgClientDriver(client: PgClientLike): Driver {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    kind: 'pg-client',
    query: <Row>(sql: string, params?: readonly unknown[]) =>
      serial(() => on(client).query<Row>(sql, params)),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      serial(async () => {
        const outcome = await inTransaction(client, work);
        if ('error' in outcome) throw outcome.error;
        return outcome.value;
      }),
  };
}
