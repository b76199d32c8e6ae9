import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseStore } from '../../src/store/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated } from './_cases.js';

const WRITERS = 8;

interface Race {
  accepted: { caseId: string; version: number; eventId: string }[];
  conflicts: number;
  other: unknown[];
}

/**
 * Writers race to extend the same cases: each reads a case's version, appends the next event of
 * its log with that expectedVersion, and on a conflict reads again. Every event is offered by
 * several writers; exactly one may win each version.
 */
async function race(store: CaseStore, logs: readonly CaseEventInput[][]): Promise<Race> {
  const result: Race = { accepted: [], conflicts: 0, other: [] };
  const writer = async (w: number) => {
    for (let round = 0; ; round++) {
      const open = logs.filter((log) => log.length > 0);
      if (open.length === 0) return;
      const log = open[(w + round) % open.length] as CaseEventInput[];
      const caseId = caseIdOf(log);
      const version = (await store.events(caseId)).length;
      if (version >= log.length) {
        log.length = 0;
        continue;
      }
      // Taken before the append: while it waits, another writer may find the log done and empty it.
      const event = log[version] as CaseEventInput;
      try {
        await store.append(caseId, [event], { expectedVersion: version });
        result.accepted.push({ caseId, version, eventId: event.id });
      } catch (e) {
        if (isYjplanError(e) && e.code === 'concurrency_conflict') result.conflicts++;
        else result.other.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return result;
}

describe.each(BACKENDS)('8 writers racing on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('store every accepted append exactly once, answer the rest as typed conflicts, and leave no gap in any case', async () => {
    const store = await backend.store({ snapshotEvery: 25 });
    const logs = simulated(12, 21)
      .filter((log) => log.length >= 40)
      .slice(0, 3)
      .map((log) => log.slice(0, 60));
    expect(logs).toHaveLength(3);
    for (const log of logs)
      await store.append(caseIdOf(log), log.slice(0, 1), { expectedVersion: 0 });
    const full = logs.map((log) => [...log]);
    const outcome = await race(store, logs);

    expect(outcome.other).toEqual([]);
    const appended = full.reduce((n, log) => n + log.length - 1, 0);
    expect(outcome.accepted).toHaveLength(appended);
    for (const log of full) {
      const caseId = caseIdOf(log);
      const rows = await backend.sql<{ seq: number; event_id: string }>(
        `SELECT seq, event_id FROM "${(store as CaseStore & { schema: string }).schema}".events
          WHERE case_id = $1 ORDER BY seq`,
        [caseId],
      );
      expect(rows.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
      expect(rows.map((r) => r.event_id)).toEqual(log.map((e) => e.id));
      for (const a of outcome.accepted.filter((x) => x.caseId === caseId)) {
        expect(rows[a.version]?.event_id).toBe(a.eventId);
      }
      expect(await store.load(caseId)).toEqual(replay(log));
      expect((await store.summaries()).find((s) => s.caseId === caseId)?.version).toBe(log.length);
    }
    console.info(
      `${name}: ${WRITERS} writers, ${outcome.accepted.length} appends accepted, ${outcome.conflicts} typed conflicts`,
    );
  });

  it('let exactly one of 8 writers open the same new case', async () => {
    const store = await backend.store();
    const [log] = simulated(1, 4) as [CaseEventInput[]];
    const outcomes = await Promise.allSettled(
      Array.from({ length: WRITERS }, () =>
        store.append(caseIdOf(log), log.slice(0, 5), { expectedVersion: 0 }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost.map((e) => isYjplanError(e) && e.code)).toEqual(
      Array(WRITERS - 1).fill('concurrency_conflict'),
    );
    expect(await store.events(caseIdOf(log))).toHaveLength(5);
  });
});
