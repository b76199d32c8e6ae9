import { maxDate } from '../../_lib/calendar.js';
import { actionNow, activePlan } from '../../lifecycle/derive.js';
import type { IsoDate } from '../../model/dates.js';
import { type NotDelivered, referralStatus } from '../../model/delivery.js';
import type { ActionStatus, PlanAction } from '../../model/plan.js';
import type { PayloadOf } from '../_lib/caseWriter.js';
import { addDays } from '../_lib/days.js';
import { CHANCES } from './mix.js';
import { isOver, type Sim } from './simulation.js';

/** The action's status in the active plan, or undefined when the active plan no longer has it. */
function statusOf(sim: Sim, actionId: string): ActionStatus | undefined {
  const record = sim.w.record;
  const plan = activePlan(record);
  return plan ? actionNow(record, plan.version, actionId)?.status : undefined;
}

const OPEN: readonly (ActionStatus | undefined)[] = ['planned', 'in-progress'];

/** A change of an action's status, with why it was not delivered where it was not. */
type ActionChange = Pick<PayloadOf<'action.statusChanged'>, 'status' | 'notDelivered'>;

/** Moves an action on, if it is still open in the active plan and not already there. */
function move(sim: Sim, action: PlanAction, on: IsoDate, change: ActionChange): void {
  const now = statusOf(sim, action.id);
  if (isOver(sim) || !OPEN.includes(now) || change.status === now) return;
  sim.w.add('action.statusChanged', on, { actionId: action.id, on, ...change });
}

/** How an action ends on its due date: usually done, sometimes not delivered with the reason. */
function finish(sim: Sim, action: PlanAction, on: IsoDate): void {
  if (sim.setup.shortfalls?.has('actionsSlip')) return;
  if (!sim.c.chance(CHANCES.actionNotDelivered)) {
    move(sim, action, on, { status: 'done' });
    return;
  }
  const notDelivered: NotDelivered = sim.c.chance(0.6)
    ? { reason: 'child-unwilling' }
    : { reason: 'other', detail: 'Dates clashed with a new college timetable' };
  move(sim, action, on, { status: 'not-delivered', notDelivered });
}

/** Referral to the partner agency, then accepted or waiting list, started, and completed (or not). */
function refer(
  sim: Sim,
  action: PlanAction & { owner: { kind: 'partner-agency' } },
  start: IsoDate,
): void {
  const { c, agenda } = sim;
  agenda.at(start, (on) => {
    if (statusOf(sim, action.id) !== 'planned') return;
    const referralId = sim.w.nextId('r');
    sim.w.add('referral.made', on, {
      referralId,
      on,
      agency: action.owner.agency,
      service: action.owner.name,
      actionId: action.id,
    });
    const update = (at: IsoDate, status: PayloadOf<'referral.updated'>['status'], note?: string) =>
      sim.w.add('referral.updated', at, { referralId, on: at, status, ...(note && { note }) });
    agenda.at(addDays(on, c.int(3, 10)), (at) => {
      if (c.chance(CHANCES.referralFails)) {
        const declined = c.chance(0.5);
        update(at, declined ? 'declined' : 'not-available');
        const notDelivered: NotDelivered = declined
          ? { reason: 'other', detail: 'The service declined the referral' }
          : { reason: 'not-available-locally' };
        move(sim, action, at, { status: 'not-delivered', notDelivered });
        return;
      }
      const waiting = c.chance(CHANCES.waitingList);
      update(
        at,
        waiting ? 'waiting-list' : 'accepted',
        waiting ? 'Next available start date given' : undefined,
      );
      agenda.at(addDays(at, waiting ? c.int(20, 60) : c.int(5, 20)), (startedOn) => {
        update(startedOn, 'started');
        move(sim, action, startedOn, { status: 'in-progress' });
        const due = maxDate(addDays(startedOn, c.int(21, 42)), action.dueDate ?? startedOn);
        agenda.at(due, (doneOn) => {
          if (!OPEN.includes(statusOf(sim, action.id))) return;
          const referral = sim.w.record.referrals.find((r) => r.id === referralId);
          if (!referral || referralStatus(referral) !== 'started') return;
          update(doneOn, 'completed');
          finish(sim, action, doneOn);
        });
      });
    });
  });
}

/**
 * @internal Gives each action of the active plan that has none yet its delivery: a referral for
 * a partner agency's action, otherwise work starting within two weeks and ending on the due
 * date. Actions that deliver a requirement run to the end of the disposal (closed at closure).
 */
export function scheduleActions(sim: Sim): void {
  const plan = activePlan(sim.w.record);
  if (!plan) return;
  const { c, agenda } = sim;
  for (const action of plan.plan.actions) {
    if (sim.scheduledActions.has(action.id) || !OPEN.includes(action.status)) continue;
    sim.scheduledActions.add(action.id);
    const start = addDays(sim.w.date, c.int(1, 14));
    if (action.owner.kind === 'partner-agency' && action.deliversRequirement === undefined) {
      refer(sim, action as PlanAction & { owner: { kind: 'partner-agency' } }, start);
      continue;
    }
    agenda.at(start, (on) => move(sim, action, on, { status: 'in-progress' }));
    if (action.deliversRequirement === undefined) {
      agenda.at(maxDate(addDays(start, 7), action.dueDate ?? start), (on) =>
        finish(sim, action, on),
      );
    }
  }
}

/** @internal Parenting support offered to a parent/carer, accepted or declined. */
export function scheduleParentingSupport(sim: Sim, personId: string, date: IsoDate): void {
  sim.agenda.at(date, (on) => {
    const offered = { personId, support: 'parenting-programme' as const };
    sim.w.add('involvement.recorded', on, {
      record: { kind: 'support-offered', id: sim.w.nextId('inv'), on, ...offered },
    });
    sim.agenda.at(addDays(on, sim.c.int(1, 10)), (at) => {
      const kind = sim.c.chance(0.7) ? 'support-accepted' : 'support-declined';
      sim.w.add('involvement.recorded', at, {
        record: { kind, id: sim.w.nextId('inv'), on: at, ...offered },
      });
    });
  });
}
