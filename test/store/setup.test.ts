import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { replay } from '../../src/lifecycle/replay.js';
import { createCaseStore, STORE_SCHEMA_VERSION } from '../../src/store/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated } from './_cases.js';

describe.each(BACKENDS)('setting the store up on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('migrates a new schema once, and again finds nothing to do', async () => {
    const store = await backend.store();
    expect(await store.migrate()).toEqual([]);
    const rows = await backend.sql(`SELECT version FROM "${store.schema}".migrations`);
    expect(rows).toEqual([{ version: STORE_SCHEMA_VERSION }]);
  });

  it('keeps stores in different schemas apart', async () => {
    const a = await backend.store();
    const b = await backend.store();
    const [one, two] = simulated(2, 9) as [never[], never[]];
    await a.append(caseIdOf(one), one, { expectedVersion: 0 });
    await b.append(caseIdOf(two), two, { expectedVersion: 0 });
    expect(await a.caseIds()).toEqual([caseIdOf(one)]);
    expect(await b.caseIds()).toEqual([caseIdOf(two)]);
  });

  it('refuses a schema made by a newer version of the library', async () => {
    const store = await backend.store();
    await backend.sql(`INSERT INTO "${store.schema}".migrations (version, name) VALUES (99, 'x')`);
    await expect(store.migrate()).rejects.toMatchObject({ code: 'unsupported_schema_version' });
  });

  if (name === 'postgres') {
    it('lets two processes migrate the same new schema at once', async () => {
      const schema = `t_race_${Date.now().toString(36)}`;
      const stores = [0, 1, 2].map(() => createCaseStore({ db: backend.db, schema }));
      const applied = await Promise.all(stores.map((s) => s.migrate()));
      expect(applied.flat()).toEqual([1]);
      await backend.sql(`DROP SCHEMA "${schema}" CASCADE`);
    });

    it('works on one connected node-postgres Client, one transaction at a time', async () => {
      const pooled = await backend.store();
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        const store = createCaseStore({ db: client, schema: pooled.schema });
        const cases = simulated(5, 13);
        await Promise.all(
          cases.map((events) => store.append(caseIdOf(events), events, { expectedVersion: 0 })),
        );
        for (const events of cases) {
          expect(await store.load(caseIdOf(events))).toEqual(replay(events));
        }
      } finally {
        await client.end();
      }
    });
  }
});

describe('createCaseStore', () => {
  const fakePglite = {
    query: async () => ({ rows: [] }),
    transaction: async () => undefined,
    waitReady: Promise.resolve(),
  };

  it('refuses what is not a Pool, a Client or PGlite', () => {
    for (const db of [undefined, null, {}, 'postgres://localhost/db', 42]) {
      let error: unknown;
      try {
        createCaseStore({ db } as never);
      } catch (e) {
        error = e;
      }
      expect(isYjplanError(error) && error.issues[0]?.path).toEqual(['db']);
    }
  });

  it('refuses a schema name that is not a plain lower-case SQL identifier', () => {
    for (const schema of [
      'Bad',
      'a-b',
      '1abc',
      'pg_catalog',
      'a'.repeat(64),
      'x"; DROP TABLE y; --',
      '',
    ]) {
      expect(() => createCaseStore({ db: fakePglite, schema } as never)).toThrow(
        expect.objectContaining({
          code: 'invalid_input',
          issues: [expect.objectContaining({ path: ['schema'] })],
        }),
      );
    }
  });

  it('refuses a bad snapshotEvery and a bad policy', () => {
    for (const snapshotEvery of [-1, 1.5, '10']) {
      expect(() => createCaseStore({ db: fakePglite, snapshotEvery } as never)).toThrow(
        expect.objectContaining({ code: 'invalid_input' }),
      );
    }
    expect(() =>
      createCaseStore({ db: fakePglite, policy: { reviews: { intervalMonths: -3 } } } as never),
    ).toThrow(expect.objectContaining({ code: 'invalid_policy' }));
  });
});

describe('the drivers', () => {
  const root = new URL('../../', import.meta.url);

  /** The modules a file imports, followed through relative imports. */
  function importGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(new URL(file, root), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s(?!type\b)[^'";]*from\s+'([^']+)'/gm)) {
        const spec = m[1] as string;
        if (spec.startsWith('.'))
          visit(
            new URL(spec.replace(/\.js$/, '.ts'), new URL(file, root)).pathname.slice(
              new URL(root).pathname.length,
            ),
          );
        else packages.add(spec);
      }
    };
    visit(entry);
    return packages;
  }

  it('are loaded by neither the yjplan entry nor yjplan/store', () => {
    for (const entry of ['src/index.ts', 'src/store/index.ts']) {
      const packages = [...importGraph(entry)];
      expect(packages).toContain('zod');
      expect(packages.filter((p) => p === 'pg' || p.startsWith('@electric-sql/'))).toEqual([]);
    }
  });

  it('are imported nowhere in src but by the command line, and only on demand', () => {
    const files = readdirSync(new URL('src', root), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts'),
    );
    for (const file of files) {
      const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
      const statics = [
        ...text.matchAll(/^import\s(?!type\b).*from\s+'(pg|@electric-sql\/[^']+)'/gm),
      ];
      expect(statics, file).toEqual([]);
    }
  });
});
