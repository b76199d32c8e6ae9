import { isYjplanError } from '../../errors/YjplanError.js';
import { type CaseStore, createCaseStore } from '../../store/index.js';
import { type CliIo, errorCode } from '../io.js';

/** @internal The folder PGlite keeps the store in when no `--db` or `--database-url` is given. */
export const DEFAULT_STORE_DIR = './yjplan-store';

/** @internal Where `yjplan store` keeps cases: a PGlite folder, or a PostgreSQL server. */
export interface StoreTarget {
  readonly db?: string;
  readonly databaseUrl?: string;
  readonly schema?: string;
}

/** @internal An open store and how to close what it runs on. */
export interface OpenStore {
  readonly store: CaseStore;
  close(): Promise<void>;
}

/** @internal Opens a store for a target (tests hand in their own). */
export type StoreOpener = (target: StoreTarget) => Promise<OpenStore>;

const missing = (name: string) =>
  Object.assign(new Error(`The optional dependency ${name} is not installed`), {
    code: 'MISSING_DRIVER',
    driver: name,
  });

/**
 * @internal Opens the store a command names: PostgreSQL through `pg` for `--database-url`,
 * otherwise PGlite in a local folder. The drivers are optional peers, loaded only here, only
 * when a store command runs (the rest of the CLI starts without them).
 */
export const openStore: StoreOpener = async (target) => {
  if (target.databaseUrl !== undefined) {
    const pg = await import('pg').catch(() => {
      throw missing('pg');
    });
    const Pool = (pg.default ?? pg).Pool;
    const pool = new Pool({ connectionString: target.databaseUrl, max: 4 });
    const store = createCaseStore({ db: pool, schema: target.schema });
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return { store, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite').catch(() => {
    throw missing('@electric-sql/pglite');
  });
  const db = await PGlite.create(target.db ?? DEFAULT_STORE_DIR);
  const store = createCaseStore({ db, schema: target.schema });
  await store.migrate();
  return { store, close: () => db.close() };
};

/**
 * @internal Opens the store, or says on standard error why it cannot (never echoing the database
 * address, which may hold a password) and answers undefined.
 */
export async function openOrSay(
  io: CliIo,
  command: string,
  target: StoreTarget,
  open: StoreOpener,
): Promise<OpenStore | undefined> {
  try {
    return await open(target);
  } catch (e) {
    const driver = (e as { driver?: string }).driver;
    if (driver) {
      io.stderr.write(
        `yjplan store ${command}: install ${driver} to use the store (npm install ${driver})\n`,
      );
    } else if (isYjplanError(e)) {
      io.stderr.write(`yjplan store ${command}: ${e.message} [${e.code}]\n`);
    } else {
      const code = errorCode(e);
      io.stderr.write(
        `yjplan store ${command}: cannot open the store${code ? ` (${code})` : ''}\n`,
      );
    }
    return undefined;
  }
}
