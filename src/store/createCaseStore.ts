import * as z from 'zod';
import { CASE_FILE_SCHEMA_VERSION, type CaseFile } from '../lifecycle/persist.js';
import { safeParsePolicy } from '../policy/index.js';
import { appendEvents, type StoreContext } from './append.js';
import { arg, caseIdArg } from './args.js';
import { driverFor } from './db/driverFor.js';
import { eraseCase, readErasures } from './erase.js';
import { consumeFeed, readCheckpoint, readFeed } from './feed.js';
import { loadCase, readEvents } from './loadCase.js';
import { migrate } from './migrations.js';
import { DEFAULT_STORE_SCHEMA, quotedSchema } from './schemaName.js';
import { querySummaries } from './summaries.js';
import type { CaseStore, CaseStoreOptions } from './types.js';

/**
 * Snapshot every this many events unless told otherwise (docs/store.md).
 *
 * @example
 * createCaseStore({ db, snapshotEvery: DEFAULT_SNAPSHOT_EVERY * 2 });
 */
export const DEFAULT_SNAPSHOT_EVERY = 100;

const SnapshotEveryArg = z.strictObject({ snapshotEvery: z.int().min(0).max(1_000_000) });

/**
 * Creates the event store for cases on a PostgreSQL database: a node-postgres `Pool` (or a
 * connected `Client`), or PGlite (PostgreSQL in process). The store imports neither driver; it
 * tells them apart by shape. Call `migrate()` once before use (it is safe to call on every start).
 *
 * @throws {YjplanError} `invalid_input` for an unknown `db`, a bad `schema` or `snapshotEvery`;
 * `invalid_policy` for a bad `policy`.
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * import { createCaseStore } from 'yjplan/store';
 *
 * const store = createCaseStore({ db: await PGlite.create('./yjplan-store') });
 * await store.migrate();
 * await store.append('case-001', events, { expectedVersion: 0 });
 * const state = await store.load('case-001'); // equal to replay(events)
 */
export function createCaseStore(options: CaseStoreOptions): CaseStore {
  const driver = driverFor(options?.db);
  const schema = quotedSchema(options.schema ?? DEFAULT_STORE_SCHEMA);
  const { snapshotEvery } = arg(
    SnapshotEveryArg,
    { snapshotEvery: options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY },
    'store options',
  );
  const policy = safeParsePolicy(options.policy ?? {});
  if (!policy.ok) throw policy.error;
  const ctx: StoreContext = { driver, schema, snapshotEvery, policy: policy.value };

  return {
    migrate: () => migrate(driver, schema),
    append: (caseId, events, appendOptions) => appendEvents(ctx, caseId, events, appendOptions),
    async load(caseId) {
      return (await loadCase(driver, schema, caseIdArg(caseId)))?.state;
    },
    events: async (caseId) => readEvents(driver, schema, caseIdArg(caseId)),
    async caseIds() {
      const rows = await driver.query<{ case_id: string }>(
        `SELECT case_id FROM ${schema}.streams ORDER BY case_id`,
      );
      return rows.map((r) => r.case_id);
    },
    summaries: (query) => querySummaries(ctx, query),
    readAll: (readOptions) => readFeed(ctx, readOptions),
    consume: (name, handler, consumeOptions) => consumeFeed(ctx, name, handler, consumeOptions),
    checkpoint: (name) => readCheckpoint(ctx, name),
    async exportCase(caseId): Promise<CaseFile | undefined> {
      const events = await readEvents(driver, schema, caseIdArg(caseId));
      return events.length > 0 ? { schemaVersion: CASE_FILE_SCHEMA_VERSION, events } : undefined;
    },
    eraseCase: (caseId, eraseOptions) => eraseCase(ctx, caseId, eraseOptions),
    erasures: () => readErasures(ctx),
  };
}
