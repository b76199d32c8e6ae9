import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseStore, type StoreDatabase } from '../../src/store/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, workedExample } from './_cases.js';

type Hook = (sql: string) => Promise<void>;

/** The backend's database, with `hook` run before each statement inside a transaction. */
function withHook(backend: Backend, hook: Hook): StoreDatabase {
  if (backend.name === 'pglite') {
    const db = backend.db as PGlite;
    return {
      waitReady: db.waitReady,
      query: (sql: string, params?: unknown[]) => db.query(sql, params),
      transaction: <T>(work: (tx: { query: PGlite['query'] }) => Promise<T>) =>
        db.transaction((tx) =>
          work({
            query: (async (sql: string, params?: unknown[]) => {
              await hook(sql);
              return tx.query(sql, params);
            }) as PGlite['query'],
          }),
        ),
    };
  }
  const pool = backend.db as pg.Pool;
  return {
    totalCount: 0,
    query: (sql: string, params?: unknown[]) => pool.query(sql, params),
    async connect() {
      const client = await pool.connect();
      return {
        async query(sql: string, params?: unknown[]) {
          await hook(sql);
          return client.query(sql, params);
        },
        release: (destroy?: boolean | Error) => client.release(destroy),
      };
    },
  };
}

describe.each(BACKENDS)('a failure in the middle of an append on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  const counts = async (schema: string) =>
    backend.sql(
      `SELECT (SELECT count(*)::int FROM "${schema}".events) AS events,
              (SELECT max(version) FROM "${schema}".streams) AS version,
              (SELECT max(seq) FROM "${schema}".snapshots) AS snapshot,
              (SELECT max(version) FROM "${schema}".case_summaries) AS summary`,
    );

  it('leaves nothing written when an error is thrown inside the transaction after the events were written', async () => {
    const store = await backend.store({ snapshotEvery: 5 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 10), { expectedVersion: 0 });
    const before = await counts(store.schema);
    const failing = createCaseStore({
      db: withHook(backend, async (sql) => {
        if (sql.includes('case_summaries')) throw new Error('disk full');
      }),
      schema: store.schema,
      snapshotEvery: 5,
    });
    await expect(
      failing.append(caseId, events.slice(10, 20), { expectedVersion: 10 }),
    ).rejects.toThrow('disk full');
    expect(await counts(store.schema)).toEqual(before);
    expect(await store.append(caseId, events.slice(10, 20), { expectedVersion: 10 })).toMatchObject(
      {
        version: 20,
      },
    );
  });

  if (name === 'postgres') {
    it('leaves nothing written when the connection is killed before the transaction commits', async () => {
      const store = await backend.store({ snapshotEvery: 5 });
      const events = workedExample();
      const caseId = caseIdOf(events);
      await store.append(caseId, events.slice(0, 10), { expectedVersion: 0 });
      const before = await counts(store.schema);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      try {
        const pool = backend.db as pg.Pool;
        // Kill the connection of the append once its events are written, before the rest.
        const killing: StoreDatabase = {
          totalCount: 0,
          query: (sql: string, params?: unknown[]) => pool.query(sql, params),
          async connect() {
            const client = await pool.connect();
            const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
            return {
              async query(sql: string, params?: unknown[]) {
                if (sql.startsWith('UPDATE')) {
                  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
                }
                return client.query(sql, params);
              },
              release: (destroy?: boolean | Error) => client.release(destroy),
              on: (event: 'error', listener: (e: Error) => void) => client.on(event, listener),
              off: (event: 'error', listener: (e: Error) => void) => client.off(event, listener),
            };
          },
        };
        const dying = createCaseStore({ db: killing, schema: store.schema, snapshotEvery: 5 });
        await expect(
          dying.append(caseId, events.slice(10, 20), { expectedVersion: 10 }),
        ).rejects.toThrow();
        expect(await counts(store.schema)).toEqual(before);
        // The pool dropped the dead connection: the store goes on working.
        for (let i = 0; i < 15; i++) await store.events(caseId);
        await store.append(caseId, events.slice(10, 20), { expectedVersion: 10 });
        expect(await store.events(caseId)).toHaveLength(20);
      } finally {
        await admin.end();
      }
    });
  }
});
