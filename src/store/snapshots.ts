import type { CaseEvent } from '../lifecycle/events/index.js';
import { CASE_FILE_SCHEMA_VERSION } from '../lifecycle/persist.js';
import type { CaseState } from '../lifecycle/state.js';
import { version as libraryVersion } from '../version.js';
import type { CasePosition } from './caseState.js';
import { positionOf } from './caseState.js';
import type { Queryable } from './db/types.js';

/** @internal A snapshot as stored: the position after `seq` events, and who wrote it. */
export interface SnapshotRow {
  readonly seq: number;
  readonly last_event_id: string;
  readonly library_version: string;
  readonly schema_version: number;
  readonly state: string;
}

/**
 * @internal The position a snapshot holds, if it may be used for this log: written by this very
 * library version for this case file schema version, covering events this log holds (the event
 * at its `seq` has the id it names), and readable. Anything else is ignored and the case is
 * replayed from its events (the next append writes a fresh snapshot).
 */
export function usableSnapshot(
  row: SnapshotRow | undefined,
  log: readonly CaseEvent[],
): { position: CasePosition; seq: number } | undefined {
  if (!row) return undefined;
  const seq = Number(row.seq);
  const trusted =
    row.library_version === libraryVersion &&
    Number(row.schema_version) === CASE_FILE_SCHEMA_VERSION &&
    seq >= 1 &&
    seq <= log.length &&
    log[seq - 1]?.id === row.last_event_id;
  if (!trusted) return undefined;
  try {
    const position = JSON.parse(row.state) as CasePosition;
    const ok =
      typeof position === 'object' &&
      position !== null &&
      typeof position.record === 'object' &&
      position.record !== null &&
      position.machineState !== undefined;
    return ok ? { position, seq } : undefined;
  } catch {
    return undefined;
  }
}

/** @internal Reads the snapshot of a case, if any. */
export async function readSnapshot(
  q: Queryable,
  schema: string,
  caseId: string,
): Promise<SnapshotRow | undefined> {
  const rows = await q.query<SnapshotRow>(
    `SELECT seq, last_event_id, library_version, schema_version, state
       FROM ${schema}.snapshots WHERE case_id = $1`,
    [caseId],
  );
  return rows[0];
}

/** @internal Writes (or replaces) the snapshot of a case at its current version. */
export async function writeSnapshot(q: Queryable, schema: string, state: CaseState): Promise<void> {
  const last = state.events[state.events.length - 1] as CaseEvent;
  await q.query(
    `INSERT INTO ${schema}.snapshots
       (case_id, seq, last_event_id, library_version, schema_version, state)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (case_id) DO UPDATE SET
       seq = EXCLUDED.seq, last_event_id = EXCLUDED.last_event_id,
       library_version = EXCLUDED.library_version, schema_version = EXCLUDED.schema_version,
       state = EXCLUDED.state, taken_at = now()`,
    [
      state.caseId,
      state.events.length,
      last.id,
      libraryVersion,
      CASE_FILE_SCHEMA_VERSION,
      JSON.stringify(positionOf(state)),
    ],
  );
}
