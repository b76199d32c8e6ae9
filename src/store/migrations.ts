import { YjplanError } from '../errors/YjplanError.js';
import type { Driver } from './db/types.js';

/**
 * @internal One step of the store's schema: its version and the SQL that makes it, given the
 * quoted schema name. Released steps never change; a later release adds a step.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (s: string) => string;
}

/**
 * @internal The store's schema, step by step. Version 1: the append-only event log (with a global
 * position and the writing transaction's id, for the feed), one stream row per case (the row an
 * append locks), snapshots, the case summary projection, consumers' checkpoints and erasure
 * records. See docs/store.md for what each table holds.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event log, snapshots, summaries, consumers, erasures',
    sql: (s) => `
CREATE TABLE ${s}.streams (
  case_id text PRIMARY KEY,
  version integer NOT NULL CHECK (version >= 0)
);
CREATE TABLE ${s}.events (
  case_id text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  event_id text NOT NULL,
  type text NOT NULL,
  event_at text NOT NULL,
  event_by text NOT NULL,
  payload jsonb NOT NULL,
  position bigint GENERATED ALWAYS AS IDENTITY,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, seq),
  UNIQUE (case_id, event_id)
);
CREATE INDEX events_feed ON ${s}.events (tx, position);
CREATE TABLE ${s}.snapshots (
  case_id text PRIMARY KEY,
  seq integer NOT NULL CHECK (seq >= 1),
  last_event_id text NOT NULL,
  library_version text NOT NULL,
  schema_version integer NOT NULL,
  state text NOT NULL,
  taken_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ${s}.case_summaries (
  case_id text PRIMARY KEY,
  version integer NOT NULL,
  stage text NOT NULL,
  disposal_type text NOT NULL,
  practitioner text NOT NULL,
  next_review_due date,
  next_review_reason text,
  end_of_order date,
  errors integer NOT NULL,
  warnings integer NOT NULL,
  as_of date NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_summaries_stage ON ${s}.case_summaries (stage, case_id);
CREATE INDEX case_summaries_practitioner ON ${s}.case_summaries (practitioner, case_id);
CREATE INDEX case_summaries_review_due ON ${s}.case_summaries (next_review_due, case_id)
  WHERE next_review_due IS NOT NULL;
CREATE INDEX case_summaries_with_errors ON ${s}.case_summaries (case_id) WHERE errors > 0;
CREATE TABLE ${s}.consumers (
  name text PRIMARY KEY,
  cursor text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ${s}.erasures (
  erasure_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_digest text NOT NULL,
  erased_on date NOT NULL,
  reason text NOT NULL,
  events_erased integer NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erasures_case ON ${s}.erasures (case_digest);
`,
  },
];

/**
 * The newest version of the store's tables this library knows (`migrate()` brings a schema to it).
 *
 * @example
 * (await store.migrate()).at(-1) === STORE_SCHEMA_VERSION; // on a new schema
 */
export const STORE_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * @internal Brings the store's schema to {@link STORE_SCHEMA_VERSION}, in one transaction, under
 * a lock on the schema's name so that two processes starting at once do not both migrate.
 * Answers the versions applied now (empty when already up to date).
 *
 * @throws {YjplanError} `unsupported_schema_version` when a newer library made the schema.
 */
export async function migrate(
  driver: Driver,
  schema: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`yjplan-store:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ version: number }>(`SELECT version FROM ${schema}.migrations`);
    const applied = new Set(rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length) {
      throw new YjplanError(
        'unsupported_schema_version',
        `The store's schema version ${newest} is newer than this library (${migrations.length})`,
        [
          {
            path: ['schema'],
            code: 'unsupported_schema_version',
            message: 'Unknown newer version',
          },
        ],
      );
    }
    const done: number[] = [];
    for (const step of migrations) {
      if (applied.has(step.version)) continue;
      for (const statement of splitStatements(step.sql(schema))) await tx.query(statement);
      await tx.query(`INSERT INTO ${schema}.migrations (version, name) VALUES ($1, $2)`, [
        step.version,
        step.name,
      ]);
      done.push(step.version);
    }
    return done;
  });
}

/** The statements of a migration (they hold no `;` inside literals). */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
