import { type PatchOperation, recordChanges } from '../_lib/recordChanges.js';
import type { RecordDraft } from './defineEvent.js';
import { eventDefinition } from './events/index.js';
import { openedPosition, type Position, step, type Writer } from './position.js';
import { readCaseOrThrow } from './readCase.js';
import type { CaseState } from './state.js';
import { labelOf } from './stateValue.js';

/**
 * One entry of a case's audit trail: who did what, when, and exactly what changed.
 *
 * @example
 * const [opening]: HistoryEntry[] = historyOf(state);
 * opening?.stageAfter; // 'opened'
 */
export interface HistoryEntry {
  /** Position in the event log, from 0. */
  readonly index: number;
  readonly eventId: string;
  readonly type: string;
  /** When it was recorded (timestamp) and by whom (practitioner id). */
  readonly at: string;
  readonly by: string;
  /** A one-line description with no personal data. */
  readonly summary: string;
  readonly stageBefore: string | null;
  readonly stageAfter: string;
  /** What changed in the case record, as JSON Patch operations. */
  readonly changes: readonly PatchOperation[];
}

/**
 * The case's audit trail, one entry per event, ready for a timeline: who, when, what, the stage
 * before and after, and the JSON Patch of the record. Rebuilt from the log on demand (so it
 * costs nothing while events are applied), in time linear in the log: each event's patch is
 * written down as its step makes the change, never found by comparing records.
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * for (const h of historyOf(state)) console.log(h.at, h.by, h.summary, h.stageAfter);
 */
export function historyOf(state: CaseState): HistoryEntry[] {
  return readCaseOrThrow(state, (own) => entriesOf(own.log.slice(0, own.count)));
}

function entriesOf(events: CaseState['events']): HistoryEntry[] {
  let changes: PatchOperation[] = [];
  const recording: Writer = (record, change) => {
    recordChanges(record as RecordDraft, change, changes);
    return record;
  };
  const entries: HistoryEntry[] = [];
  let position: Position | undefined;
  events.forEach((event, index) => {
    changes = [];
    const before = position;
    const next = before === undefined ? openedPosition(event, recording) : undefined;
    const after =
      before === undefined ? (next?.ok ? next.value : undefined) : step(before, event, recording);
    // The log was checked event by event when the state was made: every step succeeds again.
    if (after === undefined || !('record' in after)) throw new Error('history diverged from log');
    entries.push({
      index,
      eventId: event.id,
      type: event.type,
      at: event.at,
      by: event.by,
      summary: eventDefinition(event.type)?.summary(event as never) ?? event.type,
      stageBefore: before === undefined ? null : labelOf(before.machineState),
      stageAfter: labelOf(after.machineState),
      changes,
    });
    position = after;
  });
  return entries;
}
