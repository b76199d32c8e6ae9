import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import { replay } from '../../src/lifecycle/replay.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated, workedExample } from './_cases.js';

describe.each(BACKENDS)('appending to the store on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('loads a case equal to the replay of the events appended, in one or several appends', async () => {
    const store = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    const first = await store.append(caseId, events.slice(0, 10), { expectedVersion: 0 });
    expect(first.version).toBe(10);
    const second = await store.append(caseId, events.slice(10, 11), { expectedVersion: 10 });
    expect(second.version).toBe(11);
    const last = await store.append(caseId, events.slice(11), { expectedVersion: 11 });
    expect(last.version).toBe(events.length);
    expect(last.state).toEqual(replay(events));
    expect(await store.load(caseId)).toEqual(replay(events));
    expect(await store.events(caseId)).toEqual(replay(events).events);
  });

  it('keeps many cases apart and lists their ids in order', async () => {
    const store = await backend.store();
    const cases = simulated(12);
    for (const events of cases)
      await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    expect(await store.caseIds()).toEqual(cases.map(caseIdOf).sort());
    for (const events of cases) expect(await store.load(caseIdOf(events))).toEqual(replay(events));
  });

  it('answers undefined and no events for a case it does not hold', async () => {
    const store = await backend.store();
    expect(await store.load('case-none')).toBeUndefined();
    expect(await store.events('case-none')).toEqual([]);
    expect(await store.exportCase('case-none')).toBeUndefined();
  });

  it('refuses a stale expectedVersion with a typed concurrency_conflict and writes nothing', async () => {
    const store = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 5), { expectedVersion: 0 });
    for (const expectedVersion of [0, 4, 6, 50]) {
      const error = await store
        .append(caseId, events.slice(5, 6), { expectedVersion })
        .catch((e: unknown) => e);
      expect(isYjplanError(error) && error.code).toBe('concurrency_conflict');
      expect(isYjplanError(error) && error.issues[0]?.path).toEqual(['expectedVersion']);
    }
    expect(await store.events(caseId)).toHaveLength(5);
  });

  it('refuses an append to a case it does not hold unless expectedVersion is 0', async () => {
    const store = await backend.store();
    const events = workedExample();
    await expect(
      store.append(caseIdOf(events), events.slice(0, 3), { expectedVersion: 2 }),
    ).rejects.toMatchObject({ code: 'concurrency_conflict' });
    expect(await store.caseIds()).toEqual([]);
  });

  it('answers the lifecycle error of an invalid event, with its index, and writes nothing', async () => {
    const store = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 5), { expectedVersion: 0 });
    const before = await backend.sql(`SELECT count(*)::int AS n FROM "${store.schema}".events`);
    // A valid event, then one the stage does not take (the case cannot close while assessing).
    const closing = events.find((e) => e.type === 'case.closed');
    const error = await store
      .append(caseId, [events[5], closing] as never, { expectedVersion: 5 })
      .catch((e: unknown) => e);
    expect(isYjplanError(error) && error.code).toBe('event_not_allowed');
    expect(isYjplanError(error) && error.issues[0]?.path[0]).toBe(1);
    // A malformed event and a duplicate id are refused the same way.
    const malformed = { ...events[5], payload: { nonsense: true } };
    await expect(
      store.append(caseId, [malformed] as never, { expectedVersion: 5 }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      store.append(caseId, [{ ...events[5], id: events[0]?.id }] as never, { expectedVersion: 5 }),
    ).rejects.toMatchObject({ code: 'duplicate_event' });
    const after = await backend.sql(`SELECT count(*)::int AS n FROM "${store.schema}".events`);
    expect(after).toEqual(before);
    const version = await backend.sql(`SELECT version FROM "${store.schema}".streams`);
    expect(version).toEqual([{ version: 5 }]);
  });

  it('refuses a new case whose first event is not case.opened, and stores no stream for it', async () => {
    const store = await backend.store();
    const events = workedExample();
    await expect(
      store.append(caseIdOf(events), events.slice(1, 3), { expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: 'case_not_opened' });
    expect(await store.caseIds()).toEqual([]);
  });

  it('refuses a case.opened that names another case than the one appended to', async () => {
    const store = await backend.store();
    const error = await store
      .append('case-other', workedExample().slice(0, 2), { expectedVersion: 0 })
      .catch((e: unknown) => e);
    expect(isYjplanError(error) && error.code).toBe('invalid_input');
    expect(isYjplanError(error) && error.issues[0]?.path).toEqual([0, 'payload', 'caseId']);
    expect(await store.caseIds()).toEqual([]);
  });

  it('answers invalid_input, never quoting the input, for bad arguments', async () => {
    const store = await backend.store();
    const events = workedExample();
    const secret = 'Kai Smith born 2010-01-01';
    const calls = [
      () => store.append(secret, events, { expectedVersion: 0 }),
      () => store.append('case-kai', [], { expectedVersion: 0 }),
      () => store.append('case-kai', secret as never, { expectedVersion: 0 }),
      () => store.append('case-kai', events, { expectedVersion: -1 }),
      () => store.append('case-kai', events, { expectedVersion: 1.5 }),
      () => store.append('case-kai', events, undefined as never),
      () => store.load(secret),
      () => store.events(42 as never),
      () => store.summaries({ stage: secret } as never),
      () => store.readAll({ after: secret }),
      () => store.readAll({ limit: 0 }),
      () => store.consume(secret, () => undefined),
      () => store.consume('warehouse', secret as never),
      () => store.checkpoint(secret),
      () => store.summaries({ reviewDueBefore: secret } as never),
      () => store.summaries({ limit: 10_001 }),
      () => store.eraseCase('case-kai', { reason: secret, asOf: '2026-01-01' }),
    ];
    for (const call of calls) {
      const error = await call().catch((e: unknown) => e);
      expect(isYjplanError(error) && error.code).toBe('invalid_input');
      expect(JSON.stringify(error)).not.toContain('Kai');
    }
    expect(await store.caseIds()).toEqual([]);
  });
});
