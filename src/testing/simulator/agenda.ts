import type { IsoDate } from '../../model/dates.js';

/** @internal Something due on a date. */
export interface AgendaItem {
  readonly date: IsoDate;
  readonly seq: number;
  readonly run: (on: IsoDate) => void;
}

/**
 * @internal What a simulated case has coming up, in date order; items due the same day run in
 * the order they were added, so the simulation is deterministic.
 */
export class Agenda {
  private readonly items: AgendaItem[] = [];
  private seq = 0;

  /** Adds an item due on `date`. */
  at(date: IsoDate, run: (on: IsoDate) => void): void {
    const item = { date, seq: this.seq++, run };
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as AgendaItem).date <= date) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
  }

  /** The earliest item, removed from the agenda. */
  next(): AgendaItem | undefined {
    return this.items.shift();
  }

  /** The earliest item, left on the agenda. */
  peek(): AgendaItem | undefined {
    return this.items[0];
  }
}
