/**
 * The databases the store's tests run on: PGlite always, and a real PostgreSQL server when
 * DATABASE_URL is set (`.ci/run` starts one). A server that is named but cannot be reached fails
 * the tests that need it; nothing is skipped.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { vi } from 'vitest';
import type { CaseStore, CaseStoreOptions, StoreDatabase } from '../../src/store/index.js';
import { createCaseStore } from '../../src/store/index.js';

// A database round trip per event or case adds up on a busy machine: no test here is about time.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

export type BackendName = 'pglite' | 'postgres';

/** Every backend the suite runs on here. */
export const BACKENDS: readonly BackendName[] = process.env.DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface Backend {
  readonly name: BackendName;
  readonly db: StoreDatabase;
  /** A store in a schema of its own, migrated. */
  store(options?: Omit<CaseStoreOptions, 'db'>): Promise<CaseStore & { schema: string }>;
  /** Runs SQL outside the store (to look at or tamper with its tables). */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

const pgliteVersion = (
  JSON.parse(
    readFileSync(
      new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string }
).version;

/**
 * A fresh PGlite. Creating one runs initdb (seconds); loading a data directory saved from a
 * fresh one takes well under a second, so the first test file to need it saves one in the
 * temporary folder for the others.
 */
export async function freshPglite(): Promise<PGlite> {
  const file = join(tmpdir(), `yjplan-test-pglite-${pgliteVersion}.tar`);
  if (existsSync(file)) {
    return PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  }
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return db;
}

let schemas = 0;
const newSchema = () => `t${process.pid}_${Date.now().toString(36)}_${++schemas}`;

/** Opens a backend; on PostgreSQL the schemas made by its stores are dropped on close. */
export async function openBackend(name: BackendName): Promise<Backend> {
  const db: PGlite | pg.Pool =
    name === 'pglite'
      ? await freshPglite()
      : new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 12 });
  const made: string[] = [];
  const sql = async <Row>(text: string, params: unknown[] = []) =>
    ((await (db as PGlite).query(text, params)) as { rows: unknown[] }).rows as Row[];
  return {
    name,
    db,
    sql,
    async store(options = {}) {
      const schema = options.schema ?? newSchema();
      made.push(schema);
      const store = createCaseStore({ ...options, db, schema });
      await store.migrate();
      return Object.assign(store, { schema });
    },
    async close() {
      if (name === 'postgres') {
        for (const schema of made) await sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      }
      await (db as { end?: () => Promise<void> }).end?.();
      await (db as { close?: () => Promise<void> }).close?.();
    },
  };
}
