import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { historyOf } from '../../src/lifecycle/history.js';
import {
  CASE_FILE_SCHEMA_VERSION,
  type CaseFileMigrations,
  deserializeCase,
  migrateCaseFile,
  safeDeserializeCase,
  serializeCase,
} from '../../src/lifecycle/persist.js';
import { replay } from '../../src/lifecycle/replay.js';
import { parseCaseFile } from '../../src/schemas.js';

/** Kai's case as version 1 of the library wrote it. Never regenerate: it stands for old files. */
const V1 = readFileSync(new URL('../fixtures/case-v1.json', import.meta.url), 'utf8');
const v1 = () => JSON.parse(V1) as { schemaVersion: number; events: unknown[] };

const failure = (text: string, migrations?: CaseFileMigrations) => {
  const r = safeDeserializeCase(text, migrations ? { migrations } : {});
  if (r.ok) throw new Error('Expected the file to be refused');
  return r.error;
};

describe('the version 1 case file fixture', () => {
  it('loads and replays to closed with the worked example’s counts', () => {
    const state = deserializeCase(V1);
    expect(state.stage).toBe('closed');
    expect(state.events).toHaveLength(60);
    expect(state.record.plans.map((p) => [p.version, p.status])).toEqual([
      [1, 'superseded'],
      [2, 'active'],
    ]);
    expect(state.record.agreements.map((a) => a.planVersion)).toEqual([1, 1, 2, 2]);
    expect(state.record.reviews.map((r) => r.outcome?.decision)).toEqual([
      'continue',
      'revise-plan',
      'close',
    ]);
    expect(state.record.contacts).toHaveLength(13);
    expect(historyOf(state)).toHaveLength(60);
  });

  it('is a valid case file of the current schema version', () => {
    expect(CASE_FILE_SCHEMA_VERSION).toBe(1);
    expect(parseCaseFile(v1()).events).toHaveLength(60);
  });

  it('is written back exactly as the library writes it today', () => {
    expect(JSON.parse(serializeCase(deserializeCase(V1)))).toEqual(v1());
  });
});

describe('migrateCaseFile: the path for future schema versions', () => {
  /** A pretend version 2 that renames `events` to `log` and records who wrote the file. */
  const toV2: CaseFileMigrations = {
    1: ({ events, ...rest }) => ({ ...rest, log: events, writtenBy: 'yjplan' }),
  };

  it('upgrades a version 1 file one version at a time, setting the version number', () => {
    const r = migrateCaseFile(v1(), { migrations: toV2, targetVersion: 2 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(2);
    expect(r.value.writtenBy).toBe('yjplan');
    expect(r.value.log).toEqual(v1().events);
    expect(r.value).not.toHaveProperty('events');
  });

  it('loads a file from an older version through the migrations, then replays it', () => {
    const { events, ...rest } = v1();
    const v0 = JSON.stringify({ ...rest, schemaVersion: 0, log: events });
    const fromV0: CaseFileMigrations = { 0: ({ log, ...others }) => ({ ...others, events: log }) };
    expect(deserializeCase(v0, { migrations: fromV0 }).stage).toBe('closed');
    expect(failure(v0).code).toBe('unsupported_schema_version');
  });

  it('runs migrations in order from the file’s version to the target', () => {
    const seen: number[] = [];
    const step = (n: number) => (file: Record<string, unknown>) => {
      seen.push(n);
      return file;
    };
    const chain: CaseFileMigrations = { 0: step(0), 1: step(1), 2: step(2) };
    const r = migrateCaseFile(
      { ...v1(), schemaVersion: 0 },
      { migrations: chain, targetVersion: 3 },
    );
    expect(r.ok && r.value.schemaVersion).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('leaves a file of the current version alone', () => {
    const file = v1();
    const r = migrateCaseFile(file);
    expect(r.ok && r.value).toBe(file);
  });

  it('refuses a file from a newer version than the library knows', () => {
    const error = failure(JSON.stringify({ ...v1(), schemaVersion: 2 }));
    expect(error.code).toBe('unsupported_schema_version');
    expect(error.issues[0]?.path).toEqual(['schemaVersion']);
  });

  it('reports a failing migration without repeating what it threw', () => {
    const { events, ...rest } = v1();
    const v0 = JSON.stringify({ ...rest, schemaVersion: 0, events });
    const error = failure(v0, {
      0: () => {
        throw new Error('Kai Example could not be migrated');
      },
    });
    expect(error.code).toBe('invalid_input');
    expect(JSON.stringify(error.toJSON())).not.toContain('Kai');
  });
});

describe('deserializeCase refuses what it cannot load, saying where', () => {
  it('refuses text that is not JSON', () => {
    expect(failure('{"schemaVersion": 1, "events": [').code).toBe('invalid_json');
  });

  it('refuses a file without a schema version, with no events, or with unknown keys', () => {
    expect(failure(JSON.stringify({ events: v1().events })).issues[0]?.path).toEqual([
      'schemaVersion',
    ]);
    expect(failure(JSON.stringify({ schemaVersion: 1, events: [] })).issues[0]?.path).toEqual([
      'events',
    ]);
    const extra = failure(JSON.stringify({ ...v1(), note: 'x' }));
    expect(extra.code).toBe('invalid_input');
    expect(extra.issues[0]?.path).toEqual(['note']);
  });

  it('points into the file at the first event that cannot be applied', () => {
    const file = v1();
    const bad = file.events[3] as { payload: { record: { on: string } } };
    bad.payload.record.on = '2025-02-30';
    const error = failure(JSON.stringify(file));
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path.slice(0, 2)).toEqual(['events', 3]);

    const reordered = v1();
    reordered.events.splice(2, 1);
    const late = failure(JSON.stringify(reordered));
    expect(late.code).toBe('event_not_allowed');
    expect(late.issues[0]?.path).toEqual(['events', 5, 'type']);
  });

  it('refuses a log that repeats an event id', () => {
    const file = v1();
    file.events.push(file.events[10]);
    const error = failure(JSON.stringify(file));
    expect(error.code).toBe('duplicate_event');
    expect(error.issues[0]?.path).toEqual(['events', 60, 'id']);
  });

  it('gives the same case as replaying the events', () => {
    expect(deserializeCase(V1)).toStrictEqual(replay(v1().events as never));
  });
});

describe('a case file written by 0.1.0 (the contract recorded on the disposal at opening)', () => {
  it('loads without migration and reads the contract as agreed on the order’s start date', async () => {
    const { ordersInForce } = await import('../../src/lifecycle/ordersInForce.js');
    const state = deserializeCase(V1);
    expect(state.record.orders).toHaveLength(1);
    expect(ordersInForce(state, '2025-09-22')).toEqual([]);
    const [order] = ordersInForce(state, '2025-10-01');
    expect(order).toMatchObject({ type: 'referral-order', start: '2025-09-23', end: '2026-03-22' });
    expect(order?.requirements.map((r) => r.id)).toEqual([
      'ct-reparation',
      'ct-education',
      'ct-sessions',
    ]);
  });
});
