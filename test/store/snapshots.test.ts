import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/lifecycle/replay.js';
import { version } from '../../src/version.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, longCase, workedExample } from './_cases.js';

interface SnapshotRow {
  seq: number;
  library_version: string;
  schema_version: number;
}

describe.each(BACKENDS)('snapshots on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  const snapshotOf = async (schema: string) =>
    backend.sql<SnapshotRow>(
      `SELECT seq, library_version, schema_version FROM "${schema}".snapshots`,
    );

  it('takes a snapshot once snapshotEvery events were appended since the last one', async () => {
    const store = await backend.store({ snapshotEvery: 20 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 19), { expectedVersion: 0 });
    expect(await snapshotOf(store.schema)).toEqual([]);
    await store.append(caseId, events.slice(19, 25), { expectedVersion: 19 });
    expect(await snapshotOf(store.schema)).toEqual([
      { seq: 25, library_version: version, schema_version: 1 },
    ]);
    await store.append(caseId, events.slice(25, 44), { expectedVersion: 25 });
    expect((await snapshotOf(store.schema))[0]?.seq).toBe(25);
    await store.append(caseId, events.slice(44), { expectedVersion: 44 });
    expect((await snapshotOf(store.schema))[0]?.seq).toBe(events.length);
    expect(await store.load(caseId)).toEqual(replay(events));
  });

  it('takes no snapshot when snapshotEvery is 0', async () => {
    const store = await backend.store({ snapshotEvery: 0 });
    const events = workedExample();
    await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    expect(await snapshotOf(store.schema)).toEqual([]);
  });

  it('loads a long case from its snapshot and the events after it, equal to its replay', async () => {
    const store = await backend.store({ snapshotEvery: 500 });
    const events = longCase(1300);
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 1000), { expectedVersion: 0 });
    await store.append(caseId, events.slice(1000), { expectedVersion: 1000 });
    expect((await snapshotOf(store.schema))[0]?.seq).toBe(1000);
    expect(await store.load(caseId)).toEqual(replay(events));
  });

  it('uses a snapshot written by its own library version (what the snapshot says is what loads)', async () => {
    const store = await backend.store({ snapshotEvery: 10 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 30), { expectedVersion: 0 });
    await backend.sql(
      `UPDATE "${store.schema}".snapshots
          SET state = jsonb_set(state::jsonb, '{record,caseManager}', '"pr-marker"')::text`,
    );
    expect((await store.load(caseId))?.record.caseManager).toBe('pr-marker');
  });

  it('ignores a snapshot from another library version, and rebuilds it on the next append', async () => {
    const store = await backend.store({ snapshotEvery: 10 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 30), { expectedVersion: 0 });
    await backend.sql(
      `UPDATE "${store.schema}".snapshots
          SET library_version = '0.0.1',
              state = jsonb_set(state::jsonb, '{record,caseManager}', '"pr-marker"')::text`,
    );
    expect(await store.load(caseId)).toEqual(replay(events.slice(0, 30)));
    await store.append(caseId, events.slice(30, 31), { expectedVersion: 30 });
    expect(await snapshotOf(store.schema)).toEqual([
      { seq: 31, library_version: version, schema_version: 1 },
    ]);
    expect(await store.load(caseId)).toEqual(replay(events.slice(0, 31)));
  });

  it('ignores a snapshot of another case file schema version, one that names another event, and one that does not read', async () => {
    const store = await backend.store({ snapshotEvery: 10 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 30), { expectedVersion: 0 });
    const expected = replay(events.slice(0, 30));
    for (const tamper of [
      `schema_version = 0`,
      `last_event_id = 'e-other'`,
      `seq = 31`,
      `state = '{"not json'`,
      `state = '{"machineState":"delivery","record":{}}'`,
      `state = '[]'`,
      `state = jsonb_set(state::jsonb, '{record,caseId}', '"case-other"')::text`,
      `state = jsonb_set(state::jsonb, '{machineState}', '"nowhere"')::text`,
    ]) {
      await backend.sql(`UPDATE "${store.schema}".snapshots SET ${tamper}`);
      expect(await store.load(caseId)).toEqual(expected);
      // Put the true snapshot back for the next tamper.
      await backend.sql(`DELETE FROM "${store.schema}".snapshots`);
      const state = await store.load(caseId);
      expect(state).toEqual(expected);
      await backend.sql(
        `INSERT INTO "${store.schema}".snapshots (case_id, seq, last_event_id, library_version, schema_version, state)
         VALUES ($1, 30, $2, $3, 1, $4)`,
        [
          caseId,
          events[29]?.id,
          version,
          JSON.stringify({ machineState: state?.machineState, record: state?.record }),
        ],
      );
    }
  });
});
