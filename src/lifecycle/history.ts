import { diffRecords, type PatchOperation } from './diff.js';
import { eventDefinition } from './events/index.js';
import { adoptState, notACaseState, onState } from './ownStates.js';
import { advance, openedPosition, type Position } from './reducer.js';
import { type CaseState, labelOf } from './state.js';

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
 * before and after, and the JSON Patch of the record. Rebuilt from the log on demand, so it
 * costs nothing while events are applied.
 *
 * @throws {YjplanError} `invalid_input` when given something that is not a case state.
 * @example
 * for (const h of historyOf(state)) console.log(h.at, h.by, h.summary, h.stageAfter);
 */
export function historyOf(state: CaseState): HistoryEntry[] {
  const wrongState = notACaseState(state);
  if (wrongState) throw wrongState;
  return onState(
    state,
    () => entriesOf(adoptState(state)),
    (error) => {
      throw error;
    },
  );
}

function entriesOf(state: CaseState): HistoryEntry[] {
  const [first, ...rest] = state.events;
  if (!first) return [];
  const opened = openedPosition(first);
  if (!opened.ok) throw opened.error;
  let position: Position = opened.value;
  const entries = [entry(0, first, null, position, diffRecords({}, position.record))];
  rest.forEach((event, i) => {
    const r = advance(position, event);
    if (!r.ok) throw r.error;
    const before = labelOf(position.machineState);
    entries.push(
      entry(i + 1, event, before, r.value, diffRecords(position.record, r.value.record)),
    );
    position = r.value;
  });
  return entries;
}

function entry(
  index: number,
  event: CaseState['events'][number],
  stageBefore: string | null,
  after: Position,
  changes: PatchOperation[],
): HistoryEntry {
  return {
    index,
    eventId: event.id,
    type: event.type,
    at: event.at,
    by: event.by,
    summary: eventDefinition(event.type)?.summary(event as never) ?? event.type,
    stageBefore,
    stageAfter: labelOf(after.machineState),
    changes,
  };
}
