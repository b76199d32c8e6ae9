import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStoreCheck } from '../../src/cli/commands/storeCheck.js';
import { runStoreImport } from '../../src/cli/commands/storeImport.js';
import type { StoreOpener } from '../../src/cli/commands/storeOpen.js';
import { runCli } from '../../src/cli/program.js';
import { replay } from '../../src/lifecycle/replay.js';
import { memoryIo } from '../cli/io.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated, workedExample } from './_cases.js';

const caseload = (cases: readonly unknown[][]) =>
  cases.map((events) => JSON.stringify({ schemaVersion: 1, events })).join('\n');

describe('yjplan store in a local PGlite folder (the default)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yjplan-store-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases = simulated(5, 30);

  it('imports a caseload, checks every stored case at a date and exports a case file', async () => {
    const files = { 'caseload.ndjson': caseload(cases) };
    const imported = memoryIo({ files });
    expect(await runCli(['store', 'import', 'caseload.ndjson', '--db', dir], imported.io)).toBe(0);
    const total = cases.reduce((n, c) => n + c.length, 0);
    expect(imported.stdout()).toContain(
      `Imported 5 case(s), ${total} event(s); 0 already stored; 0 invalid.`,
    );

    const again = memoryIo({ files });
    expect(await runCli(['store', 'import', 'caseload.ndjson', '--db', dir], again.io)).toBe(0);
    expect(again.stdout()).toContain(
      'Imported 0 case(s), 0 event(s); 5 already stored; 0 invalid.',
    );

    const checked = memoryIo();
    const code = await runCli(
      ['store', 'check', '--as-of', '2026-01-05', '--db', dir, '--format', 'json'],
      checked.io,
    );
    const lines = checked
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId)).toEqual(cases.map(caseIdOf).sort());
    expect(code).toBe(
      lines.some((l) =>
        l.findings.some(
          (f: { severity: string; overridden?: unknown }) =>
            f.severity === 'error' && !f.overridden,
        ),
      )
        ? 1
        : 0,
    );

    const exported = memoryIo();
    const id = caseIdOf(cases[0] as never);
    expect(await runCli(['store', 'export', id, '--db', dir], exported.io)).toBe(0);
    expect(JSON.parse(exported.stdout())).toEqual({
      schemaVersion: 1,
      events: replay(cases[0] as never).events,
    });
  });

  it('says when the store holds no such case, and refuses a bad case id', async () => {
    const none = memoryIo();
    expect(await runCli(['store', 'export', 'case-none', '--db', dir], none.io)).toBe(1);
    expect(none.stderr()).toContain('holds no case with this id');
    const bad = memoryIo();
    expect(await runCli(['store', 'export', 'not a case id', '--db', dir], bad.io)).toBe(2);
  });

  it('refuses --db together with --database-url', async () => {
    const both = memoryIo();
    expect(
      await runCli(
        ['store', 'check', '--db', dir, '--database-url', 'postgresql://x@127.0.0.1/y'],
        both.io,
      ),
    ).toBe(2);
  });

  it('says it cannot reach a server without printing its address', async () => {
    const down = memoryIo();
    const url = 'postgresql://someone:secret@127.0.0.1:1/nowhere';
    expect(await runCli(['store', 'check', '--database-url', url], down.io)).toBe(2);
    expect(down.stderr()).toMatch(/cannot open the store/);
    expect(down.stderr()).not.toContain('secret');
  });
});

describe.each(BACKENDS)('yjplan store on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('reports each invalid case of a caseload by line and field, and stores the valid ones', async () => {
    const store = await backend.store();
    const open: StoreOpener = async () => ({ store, close: async () => undefined });
    const [good, other] = simulated(2, 31) as [unknown[], unknown[]];
    const broken = workedExample().map((e, i) =>
      i === 3 ? { ...e, payload: { nonsense: 1 } } : e,
    );
    const notOpened = workedExample().slice(1);
    const text = [
      caseload([good]),
      '{not json',
      caseload([broken]),
      caseload([notOpened]),
      caseload([other]),
    ].join('\n');
    const { io, stdout, stderr } = memoryIo({ files: { 'c.ndjson': text } });
    expect(await runStoreImport(io, 'c.ndjson', {}, open)).toBe(2);
    expect(stderr()).toContain('c.ndjson:2: not valid JSON');
    expect(stderr()).toMatch(/c\.ndjson:3: events\[3\]/);
    expect(stderr()).toContain('c.ndjson:4: the first event must be case.opened');
    expect(stdout()).toContain('Imported 2 case(s)');
    expect(await store.caseIds()).toEqual(
      [caseIdOf(good as never), caseIdOf(other as never)].sort(),
    );
  });

  it('checks the stored cases with the summary of findings', async () => {
    const store = await backend.store();
    const events = workedExample();
    await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    const { io, stdout } = memoryIo();
    const open: StoreOpener = async () => ({ store, close: async () => undefined });
    expect(await runStoreCheck(io, { asOf: '2026-04-01', format: 'text' }, {}, open)).toBe(0);
    expect(stdout()).toContain('1 case(s) checked as of 2026-04-01');
  });

  if (name === 'postgres') {
    it('imports into a PostgreSQL server with --database-url', async () => {
      const schema = `t_cli_${Date.now().toString(36)}`;
      const events = workedExample();
      const { io, stdout } = memoryIo({
        files: { 'one.json': JSON.stringify({ schemaVersion: 1, events }) },
      });
      const url = process.env.DATABASE_URL as string;
      expect(
        await runCli(
          ['store', 'import', 'one.json', '--database-url', url, '--schema', schema],
          io,
        ),
      ).toBe(0);
      expect(stdout()).toContain('Imported 1 case(s)');
      const rows = await backend.sql(`SELECT count(*)::int AS n FROM "${schema}".events`);
      expect(rows).toEqual([{ n: events.length }]);
      await backend.sql(`DROP SCHEMA "${schema}" CASCADE`);
    });
  }
});
