import type { StateValue } from 'xstate';
import { valueOrThrow } from '../../errors/result.js';
import type { CaseEvent, CaseEventInput, CaseEventType } from '../../lifecycle/events/index.js';
import { parseEvent } from '../../lifecycle/parse.js';
import { inPlace, openedPosition, type Position, step } from '../../lifecycle/position.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import { replayParsed } from '../../lifecycle/replay.js';
import type { Stage } from '../../lifecycle/stages.js';
import type { CaseState } from '../../lifecycle/state.js';
import { stageOf } from '../../lifecycle/stateValue.js';
import type { IsoDate } from '../../model/dates.js';

/** @internal The payload of one event type, as a host writes it. */
export type PayloadOf<T extends CaseEventType> = Extract<CaseEventInput, { type: T }>['payload'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * @internal Writes a case's events in date order and applies each one with the real lifecycle
 * as it goes (the same validation and step as `applyEvent`, written in place on the writer's own
 * record, as a replay does), so whatever a generator writes is known to be valid (a bug
 * surfaces at once as the library's own `YjplanError`). Events dated after `until` are not
 * written and the writer reports that it has stopped, so a generator can end a case early
 * (an open case at the end of a caseload's period). Ids are numbered per prefix.
 */
export class CaseWriter {
  private position: Position | undefined;
  private readonly log: CaseEvent[] = [];
  private lastDate = '';
  private sameDay = 0;
  private readonly counters = new Map<string, number>();
  private advancing = false;
  /** True once an event fell after `until`: nothing more is written. */
  stopped = false;
  /**
   * Called before the first event of a later date is written, so a simulation can write what
   * falls due before that date (contacts during a plan revision) in date order.
   */
  onAdvance: ((date: IsoDate) => void) | undefined;

  constructor(
    private readonly options: {
      readonly by: string;
      readonly until?: IsoDate;
      /**
       * Validate each event with the schema before applying it (default true). The simulator
       * turns it off: its events are complete (every default written out), its tests check that
       * parsing changes none of them, and whoever replays the case validates it anyway.
       */
      readonly validate?: boolean;
    },
  ) {}

  private get at(): Position {
    if (!this.position) throw new Error('No case.opened event written yet');
    return this.position;
  }

  private stepped(position: Position, event: CaseEvent): Position {
    const next = step(position, event, inPlace);
    if (next instanceof Error) throw next;
    return next;
  }

  private opened(event: CaseEvent): Position {
    const opened = openedPosition(event);
    if (!opened.ok) throw opened.error;
    return opened.value;
  }

  /** The case record as it stands. */
  get record(): CaseRecord {
    return this.at.record;
  }

  /** The statechart's state value the case rests in. */
  get machineState(): StateValue {
    return this.at.machineState;
  }

  /** The stage the case is in. */
  get stage(): Stage {
    return stageOf(this.at.machineState);
  }

  /** The case state: what replaying the events gives (a new record, not the writer's own). */
  state(): CaseState {
    const r = replayParsed(this.log);
    if (!r.ok) throw r.error;
    return r.value;
  }

  /** The events written so far, as the library parsed them. */
  get events(): readonly CaseEvent[] {
    return this.log;
  }

  /** The date of the last event written. */
  get date(): IsoDate {
    return this.lastDate;
  }

  /** The next id with this prefix: `inv-1`, `inv-2`... */
  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}-${n}`;
  }

  /**
   * Writes one event on `date` (never before the previous event) and applies it. Returns false,
   * writing nothing, once `date` is after `until`.
   */
  add<T extends CaseEventType>(
    type: T,
    date: IsoDate,
    payload: PayloadOf<T>,
    by?: string,
  ): boolean {
    if (this.stopped) return false;
    if (this.options.until !== undefined && date > this.options.until) {
      this.stopped = true;
      return false;
    }
    if (this.onAdvance && date > this.lastDate && !this.advancing && this.position) {
      this.advancing = true;
      try {
        this.onAdvance(date);
      } finally {
        this.advancing = false;
      }
      if (this.stopped) return false;
    }
    if (date < this.lastDate) {
      throw new RangeError(`Events must be written in date order (${type} dated before the last)`);
    }
    this.sameDay = date === this.lastDate ? this.sameDay + 1 : 0;
    this.lastDate = date;
    const k = this.sameDay;
    const at = `${date}T${pad(9 + Math.floor(k / 3600))}:${pad(Math.floor(k / 60) % 60)}:${pad(k % 60)}Z`;
    const input = { id: `e-${this.log.length + 1}`, type, at, by: by ?? this.options.by, payload };
    const event =
      this.options.validate === false
        ? (input as CaseEvent)
        : valueOrThrow(parseEvent(input as CaseEventInput));
    this.position = this.position ? this.stepped(this.position, event) : this.opened(event);
    this.log.push(event);
    return true;
  }
}
