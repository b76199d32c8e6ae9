import { maxDate } from '../../_lib/calendar.js';
import type { CaseRecord } from '../../lifecycle/record.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { CaseWriter } from '../_lib/caseWriter.js';
import type { Choices } from '../_lib/choices.js';
import { addDays } from '../_lib/days.js';
import type { CaseSetup } from '../_lib/setup.js';
import { supervisionEnds } from '../_lib/supervision.js';
import { Agenda } from './agenda.js';
import type { ENGAGEMENT_MIX } from './mix.js';

/** @internal How a simulated child engages. */
export type Engagement = (typeof ENGAGEMENT_MIX)[number][0];

/**
 * @internal One simulated case in progress: what is still to come. What has happened (warnings,
 * breach action, reviews, contacts, revocation, hand-over, closure) is read from the case record.
 */
export interface Sim {
  readonly w: CaseWriter;
  /** What the case is about: its disposal gains the contract the panel agrees, or becomes a resentence. */
  setup: CaseSetup;
  readonly c: Choices;
  readonly engagement: Engagement;
  readonly agenda: Agenda;
  /** A multi-event step (review, revision, reassessment) is being written. */
  busy: boolean;
  /** Actions already given their delivery. */
  readonly scheduledActions: Set<string>;
}

/** @internal Whether the case has closed or been transferred. */
export const isOver = (sim: Sim): boolean =>
  sim.w.record.closure !== undefined || sim.w.record.transfer !== undefined;

/** @internal The day the case's order was revoked with no new sentence, if it was. */
export const revokedOn = (record: CaseRecord): IsoDate | undefined =>
  record.orders.find((o) => o.revocation && !o.revocation.resentence)?.revocation?.revokedOn;

/**
 * @internal The last day a contact may fall on: the hand-over to probation at 18, the revocation
 * of the order with no new sentence, or the end of supervision.
 */
export const lastContactDay = (sim: Sim): IsoDate =>
  sim.w.record.handover?.on ?? revokedOn(sim.w.record) ?? sim.setup.supervisionEnds;

/** @internal The case follows `disposal` from now on (its contract agreed, or a resentence). */
export function follow(sim: Sim, disposal: Disposal): void {
  sim.setup = { ...sim.setup, disposal, supervisionEnds: supervisionEnds(disposal) };
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
    scheduledActions: new Set(),
  };
  w.onAdvance = (date) => runAgenda(sim, date);
  return sim;
}

/**
 * @internal Runs the agenda in date order (only what falls due before `before`, when given),
 * each item on its date or the last event's if later, until the case or the period ends.
 */
export function runAgenda(sim: Sim, before?: IsoDate): void {
  for (let item = sim.agenda.peek(); item !== undefined; item = sim.agenda.peek()) {
    if ((before !== undefined && item.date >= before) || isOver(sim) || sim.w.stopped) return;
    sim.agenda.next();
    item.run(maxDate(item.date, sim.w.date));
  }
}

/**
 * @internal Schedules a step that needs the case in delivery with nothing else being written
 * (reviews, compliance, release, closure). When it cannot run yet it is retried the next day,
 * for up to `tries` days.
 */
export function inDelivery(sim: Sim, date: IsoDate, step: (on: IsoDate) => void, tries = 60): void {
  sim.agenda.at(date, (on) => {
    if (isOver(sim)) return;
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
