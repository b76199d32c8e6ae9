import type { CaseEvent } from '../lifecycle/events/index.js';

/** @internal An event as the events table holds it (the envelope in columns, the payload as jsonb). */
export interface EventRow {
  readonly event_id: string;
  readonly type: string;
  readonly event_at: string;
  readonly event_by: string;
  readonly payload: unknown;
}

/** @internal The columns of {@link EventRow}, for SELECT lists. */
export const EVENT_COLUMNS = 'event_id, type, event_at, event_by, payload';

/** @internal The event a row holds, in the library's key order. */
export function eventOfRow(row: EventRow): CaseEvent {
  return {
    id: row.event_id,
    type: row.type,
    at: row.event_at,
    by: row.event_by,
    payload: row.payload,
  } as CaseEvent;
}

/**
 * @internal The rows for events numbered from `firstSeq`, as one JSON parameter for
 * `jsonb_to_recordset` (one statement for a whole append, on every driver).
 */
export function rowsParameter(events: readonly CaseEvent[], firstSeq: number): string {
  return JSON.stringify(
    events.map((e, i) => ({
      seq: firstSeq + i,
      event_id: e.id,
      type: e.type,
      event_at: e.at,
      event_by: e.by,
      payload: e.payload,
    })),
  );
}

/** @internal The SELECT list that unpacks {@link rowsParameter}. */
export const ROWS_RECORDSET =
  'jsonb_to_recordset($2::jsonb) AS r(seq integer, event_id text, type text, event_at text, event_by text, payload jsonb)';
