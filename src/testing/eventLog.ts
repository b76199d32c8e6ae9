import type { CaseEventInput, CaseEventType } from '../lifecycle/events/index.js';

type PayloadOf<T extends CaseEventType> = Extract<CaseEventInput, { type: T }>['payload'];

/** Options for {@link eventLog}. */
export interface EventLogOptions {
  /** The practitioner recording the events (default `pr-case-manager`). */
  readonly by?: string;
  /** Prefix of the generated event ids (default `e`). */
  readonly idPrefix?: string;
  /** Time of day of the generated timestamps (default `09:00:00Z`). */
  readonly time?: string;
}

/**
 * A small helper for writing event logs by hand: it numbers the events, stamps each with the
 * recording practitioner and a timestamp on the event's date, and keeps them in order.
 *
 * @example
 * const log = eventLog({ by: 'pr-7' });
 * log.add('case.opened', '2025-03-03', { caseId: 'case-1', ... });
 * log.add('assessment.started', '2025-03-04', { assessmentId: 'a-1', on: '2025-03-04' });
 * replay(log.events);
 */
export function eventLog(options: EventLogOptions = {}) {
  const by = options.by ?? 'pr-case-manager';
  const prefix = options.idPrefix ?? 'e';
  const time = options.time ?? '09:00:00Z';
  const events: CaseEventInput[] = [];
  return {
    events,
    /** Appends an event recorded on `date` (YYYY-MM-DD) and returns it. */
    add<T extends CaseEventType>(
      type: T,
      date: string,
      payload: PayloadOf<T>,
      recordedBy = by,
    ): CaseEventInput {
      const seconds = String(events.length % 60).padStart(2, '0');
      const event = {
        id: `${prefix}${events.length + 1}`,
        type,
        at: `${date}T${time.replace(/:\d\dZ$/, `:${seconds}Z`)}`,
        by: recordedBy,
        payload,
      } as CaseEventInput;
      events.push(event);
      return event;
    },
  };
}
