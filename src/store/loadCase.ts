import type { CaseEvent } from '../lifecycle/events/index.js';
import type { CaseState } from '../lifecycle/state.js';
import { replayStored, resumeFrom } from './caseState.js';
import type { Queryable } from './db/types.js';
import { EVENT_COLUMNS, type EventRow, eventOfRow } from './eventRows.js';
import { readSnapshot, usableSnapshot } from './snapshots.js';

/** @internal A loaded case, and how many of its events a snapshot covered (0: replayed). */
export interface LoadedCase {
  readonly state: CaseState;
  readonly fromSnapshot: number;
}

/** @internal The stored events of a case, in order. */
export async function readEvents(
  q: Queryable,
  schema: string,
  caseId: string,
): Promise<CaseEvent[]> {
  const rows = await q.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM ${schema}.events WHERE case_id = $1 ORDER BY seq`,
    [caseId],
  );
  return rows.map(eventOfRow);
}

/**
 * @internal Loads a case: from its snapshot when one may be used (see `usableSnapshot`) plus the
 * events after it, otherwise by replaying every event. The snapshot is read first, so the events
 * read after it cover at least what it covers.
 *
 * @throws {YjplanError} the replay's error when the stored log no longer replays (a library
 * upgrade that refuses what an older one accepted).
 */
export async function loadCase(
  q: Queryable,
  schema: string,
  caseId: string,
): Promise<LoadedCase | undefined> {
  const snapshot = await readSnapshot(q, schema, caseId);
  const events = await readEvents(q, schema, caseId);
  if (events.length === 0) return undefined;
  const usable = usableSnapshot(snapshot, events);
  if (usable) {
    try {
      const r = resumeFrom(
        caseId,
        usable.position,
        events.slice(0, usable.seq),
        events.slice(usable.seq),
      );
      if (r.ok) return { state: r.value, fromSnapshot: usable.seq };
    } catch {
      // A snapshot that does not read as a case is ignored, like one from another version.
    }
  }
  const r = replayStored(events);
  if (!r.ok) throw r.error;
  return { state: r.value, fromSnapshot: 0 };
}
