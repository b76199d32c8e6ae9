import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserializeCase } from '../../src/lifecycle/persist.js';
import { replay } from '../../src/lifecycle/replay.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated, workedExample } from './_cases.js';

describe.each(BACKENDS)('data protection on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('exports everything held about a case as a case file that loads back to the same case', async () => {
    const store = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events, { expectedVersion: 0 });
    const file = await store.exportCase(caseId);
    expect(file?.schemaVersion).toBe(1);
    expect(file?.events).toEqual(replay(events).events);
    expect(deserializeCase(JSON.stringify(file))).toEqual(await store.load(caseId));
  });

  it('erases every row of a case and keeps only an erasure record without personal data', async () => {
    const store = await backend.store({ snapshotEvery: 10 });
    const events = workedExample();
    const caseId = caseIdOf(events);
    const others = simulated(3, 5);
    await store.append(caseId, events, { expectedVersion: 0 });
    for (const other of others) await store.append(caseIdOf(other), other, { expectedVersion: 0 });
    await store.consume('warehouse', () => undefined);

    const record = await store.eraseCase(caseId, {
      reason: 'retention-period-ended',
      asOf: '2032-04-01',
    });
    expect(record).toEqual({
      erasureId: expect.any(Number),
      caseDigest: createHash('sha256').update(caseId).digest('hex'),
      erasedOn: '2032-04-01',
      reason: 'retention-period-ended',
      eventsErased: events.length,
    });
    for (const table of ['streams', 'events', 'snapshots', 'case_summaries']) {
      const rows = await backend.sql(
        `SELECT * FROM "${store.schema}".${table} WHERE case_id = $1`,
        [caseId],
      );
      expect(rows, table).toEqual([]);
    }
    const kept = JSON.stringify(await backend.sql(`SELECT * FROM "${store.schema}".erasures`));
    expect(kept).not.toContain(caseId);
    expect(kept).not.toContain('pr-sam');
    expect(await store.load(caseId)).toBeUndefined();
    expect(await store.caseIds()).toEqual(others.map(caseIdOf).sort());
    expect((await store.readAll({ limit: 10_000 })).some((e) => e.caseId === caseId)).toBe(false);
    expect(await store.erasures()).toEqual([record]);
    for (const other of others)
      expect(await store.events(caseIdOf(other))).toHaveLength(other.length);
  });

  it('answers undefined when erasing a case it does not hold, and keeps no record', async () => {
    const store = await backend.store();
    expect(
      await store.eraseCase('case-none', { reason: 'subject-request', asOf: '2026-01-01' }),
    ).toBeUndefined();
    expect(await store.erasures()).toEqual([]);
  });

  it('takes only a short reason code and a calendar date for an erasure', async () => {
    const store = await backend.store();
    const events = workedExample();
    await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    for (const options of [
      { reason: 'Kai asked us to', asOf: '2026-01-01' },
      { reason: 'subject-request', asOf: '1 Jan 2026' },
      { reason: 'subject-request' },
    ]) {
      await expect(store.eraseCase(caseIdOf(events), options as never)).rejects.toMatchObject({
        code: 'invalid_input',
      });
    }
    expect(await store.caseIds()).toEqual([caseIdOf(events)]);
  });
});
