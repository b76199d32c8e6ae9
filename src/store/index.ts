/**
 * yjplan/store: an event store for cases on PostgreSQL (node-postgres) or PGlite. Neither driver
 * is imported here: the host passes its own `Pool`, `Client` or PGlite instance.
 */
export { MAX_APPEND_EVENTS } from './args.js';
export { createCaseStore, DEFAULT_SNAPSHOT_EVERY } from './createCaseStore.js';
export type {
  PGliteLike,
  PGliteTransactionLike,
  PgClientLike,
  PgPoolClientLike,
  PgPoolLike,
  StoreDatabase,
} from './db/types.js';
export { STORE_SCHEMA_VERSION } from './migrations.js';
export { DEFAULT_STORE_SCHEMA } from './schemaName.js';
export type {
  AppendOptions,
  AppendResult,
  CaseStore,
  CaseStoreOptions,
  CaseSummary,
  EraseOptions,
  ErasureRecord,
  FeedEntry,
  FeedHandler,
  ReadAllOptions,
  SummaryQuery,
} from './types.js';
