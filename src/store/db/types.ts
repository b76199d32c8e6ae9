/**
 * @internal What the store needs from a database: parameterised queries that answer rows, and
 * transactions. One small adapter per driver implements it; the store never imports a driver.
 */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and answers its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** @internal A database the store can run on (see {@link Queryable}). */
export interface Driver extends Queryable {
  /** Which adapter this is, for messages and benchmarks. */
  readonly kind: 'pg-pool' | 'pg-client' | 'pglite';
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws (and the error passed on).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
}

/**
 * The part of a node-postgres `Pool` the store uses (`new Pool(...)` from `pg`). Declared here
 * so that `yjplan/store` needs neither `pg` nor its types.
 *
 * @example
 * const pool: PgPoolLike = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 */
export interface PgPoolLike {
  connect(): Promise<PgPoolClientLike>;
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  readonly totalCount: number;
}

/**
 * A connection checked out of a {@link PgPoolLike}.
 *
 * @example
 * const client: PgPoolClientLike = await pool.connect();
 */
export interface PgPoolClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  release(destroy?: boolean | Error): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * The part of a node-postgres `Client` the store uses (connected by the host). The store runs
 * one transaction at a time on it; give it a `Pool` for concurrent appends.
 *
 * @example
 * const client: PgClientLike = new pg.Client({ connectionString }); await client.connect();
 */
export interface PgClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The part of a PGlite instance (`@electric-sql/pglite`) the store uses.
 *
 * @example
 * const db: PGliteLike = await PGlite.create('./yjplan-store');
 */
export interface PGliteLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
  transaction<T>(work: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
  readonly waitReady: Promise<void>;
}

/**
 * The transaction PGlite hands to `transaction(work)`.
 *
 * @example
 * await db.transaction(async (tx: PGliteTransactionLike) => tx.query('select 1'));
 */
export interface PGliteTransactionLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * A database the store accepts: a node-postgres `Pool` or connected `Client`, or PGlite.
 *
 * @example
 * const db: StoreDatabase = await PGlite.create();
 */
export type StoreDatabase = PgPoolLike | PgClientLike | PGliteLike;
