import { maxDate } from '../../_lib/calendar.js';
import type { IsoDate } from '../../model/dates.js';
import type { Objective } from '../../model/plan.js';
import type { CaseWriter } from '../_lib/caseWriter.js';
import type { Choices } from '../_lib/choices.js';
import { addDays } from '../_lib/days.js';
import type { CaseSetup } from '../_lib/setup.js';
import { Agenda } from './agenda.js';
import type { ENGAGEMENT_MIX } from './mix.js';

/** @internal How a simulated child engages. */
export type Engagement = (typeof ENGAGEMENT_MIX)[number][0];

/** @internal One simulated case in progress. */
export interface Sim {
  readonly w: CaseWriter;
  /** What the case is about: its disposal gains the contract the panel agrees, or becomes a resentence. */
  setup: CaseSetup;
  readonly c: Choices;
  readonly engagement: Engagement;
  readonly agenda: Agenda;
  /** A multi-event step (review, revision, reassessment) is being written. */
  busy: boolean;
  /** The case has closed or been transferred. */
  done: boolean;
  /** The day the last contact may fall on. */
  lastContactBy: IsoDate;
  /** Dates of warnings since the last breach outcome. */
  warnings: IsoDate[];
  /** Breach action is pending or under way. */
  breachPending: boolean;
  /** The order was revoked on breach without a new sentence: no new plan version is made for it. */
  revoked?: boolean;
  /** The hand-over to probation at 18: scheduled, or done (the YOS no longer enforces the order). */
  handover?: 'scheduled' | 'done';
  /** Bumped whenever a review is completed, so a superseded scheduled review is dropped. */
  reviewRound: number;
  /** Actions already given their delivery. */
  readonly scheduledActions: Set<string>;
  /** Contacts so far (to rotate kinds and objectives). */
  contacts: number;
  /** The day of the latest contact scheduled. */
  lastContactOn?: IsoDate;
  /** The open objectives of the active plan, with the plan version and updates they reflect. */
  objectives?: { readonly key: string; readonly list: readonly Objective[] };
}

/** @internal A new simulation of `setup`, its agenda flushed before each later event. */
export function newSim(w: CaseWriter, setup: CaseSetup, c: Choices, engagement: Engagement): Sim {
  const sim: Sim = {
    w,
    setup,
    c,
    engagement,
    agenda: new Agenda(),
    busy: false,
    done: false,
    lastContactBy: setup.supervisionEnds,
    warnings: [],
    breachPending: false,
    reviewRound: 0,
    scheduledActions: new Set(),
    contacts: 0,
  };
  w.onAdvance = (date) => {
    for (
      let next = sim.agenda.peek();
      next !== undefined && next < date;
      next = sim.agenda.peek()
    ) {
      if (sim.done || w.stopped) return;
      runNext(sim);
    }
  };
  return sim;
}

/** @internal Runs the earliest item on the agenda, on its date or the last event's if later. */
export function runNext(sim: Sim): boolean {
  const item = sim.agenda.next();
  if (!item) return false;
  item.run(maxDate(item.date, sim.w.date));
  return true;
}

/** @internal Runs the agenda until the case ends, the period ends, or nothing is left. */
export function runAgenda(sim: Sim): void {
  while (!sim.done && !sim.w.stopped && runNext(sim)) {
    // each item schedules what follows from it
  }
}

/**
 * @internal Schedules a step that needs the case in delivery with nothing else being written
 * (reviews, compliance, release, closure). When it cannot run yet it is retried the next day,
 * for up to `tries` days.
 */
export function inDelivery(sim: Sim, date: IsoDate, step: (on: IsoDate) => void, tries = 60): void {
  sim.agenda.at(date, (on) => {
    if (sim.done) return;
    if (sim.busy || sim.w.stage !== 'delivery') {
      if (tries > 0) inDelivery(sim, addDays(on, 1), step, tries - 1);
      return;
    }
    step(on);
  });
}

/** @internal Writes a multi-event step with the simulation marked busy. */
export function busyWith<T>(sim: Sim, write: () => T): T {
  sim.busy = true;
  try {
    return write();
  } finally {
    sim.busy = false;
  }
}
