import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../src/store/index.js';
import { BACKENDS, type Backend, openBackend } from './_backends.js';
import { caseIdOf, simulated, workedExample } from './_cases.js';

describe.each(BACKENDS)('the global feed on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await openBackend(name);
  }, 60_000);
  afterAll(() => backend?.close());

  it('reads every event of every case once, in the order written, page by page', async () => {
    const store = await backend.store();
    const cases = simulated(6, 3);
    for (const events of cases)
      await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    const read: FeedEntry[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.readAll({ ...(after && { after }), limit: 37 });
      if (page.length === 0) break;
      read.push(...page);
      after = page[page.length - 1]?.cursor;
    }
    expect(read.map((e) => e.event)).toEqual(cases.flat().map((e) => expect.objectContaining(e)));
    const positions = read.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    for (const events of cases) {
      const seqs = read.filter((e) => e.caseId === caseIdOf(events)).map((e) => e.seq);
      expect(seqs).toEqual(events.map((_, i) => i + 1));
    }
    expect(read[0]?.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('feeds a named consumer at least once and resumes where it stopped', async () => {
    const store = await backend.store();
    const events = workedExample();
    const caseId = caseIdOf(events);
    await store.append(caseId, events.slice(0, 40), { expectedVersion: 0 });
    const seen: string[] = [];
    const handler = (entries: readonly FeedEntry[]) => {
      seen.push(...entries.map((e) => e.event.id));
    };
    expect(await store.checkpoint('warehouse')).toBeUndefined();
    expect(await store.consume('warehouse', handler, { limit: 15 })).toBe(40);
    expect(await store.consume('warehouse', handler)).toBe(0);
    await store.append(caseId, events.slice(40), { expectedVersion: 40 });
    expect(await store.consume('warehouse', handler, { limit: 15 })).toBe(events.length - 40);
    expect(seen).toEqual(events.map((e) => e.id));
    // Another consumer has its own checkpoint.
    expect(await store.consume('notifications', () => undefined, { limit: 1000 })).toBe(
      events.length,
    );
  });

  it('hands a batch over again when the handler failed on it, and skips nothing', async () => {
    const store = await backend.store();
    const events = workedExample();
    await store.append(caseIdOf(events), events, { expectedVersion: 0 });
    const seen: string[] = [];
    let calls = 0;
    const flaky = (entries: readonly FeedEntry[]) => {
      calls++;
      if (calls === 3) throw new Error('warehouse down');
      seen.push(...entries.map((e) => e.event.id));
    };
    await expect(store.consume('warehouse', flaky, { limit: 10 })).rejects.toThrow(
      'warehouse down',
    );
    expect(seen).toHaveLength(20);
    await store.consume('warehouse', flaky, { limit: 10 });
    expect(seen).toEqual(events.map((e) => e.id));
  });

  if (name === 'postgres') {
    it('holds back events written after an append still in flight, until it commits, so no consumer skips it', async () => {
      const store = await backend.store();
      const [slow, fast] = simulated(2, 11) as [never[], never[]];
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        // An append in flight: its transaction has begun writing (a lower position) but not
        // committed, while another case's append commits (a higher position).
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO "${store.schema}".events (case_id, seq, event_id, type, event_at, event_by, payload)
           VALUES ('case-in-flight', 1, 'e-1', 'case.opened', '2025-01-01T09:00:00Z', 'pr-1', '{}')`,
        );
        await store.append(caseIdOf(fast), fast, { expectedVersion: 0 });
        expect(await store.readAll()).toEqual([]);
        await client.query('COMMIT');
        const read = await store.readAll({ limit: 10_000 });
        expect(read[0]?.caseId).toBe('case-in-flight');
        expect(read).toHaveLength(1 + fast.length);
        void slow;
      } finally {
        await client.end();
      }
    });
  }
});
