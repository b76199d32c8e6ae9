import { activePlan, complianceStatus } from '../../lifecycle/derive.js';
import type { IsoDate } from '../../model/dates.js';
import type { Attendance, ContactKind } from '../../model/delivery.js';
import { isCourtOrder, isCustodial } from '../../model/disposal/index.js';
import { addDays, weekday } from '../_lib/days.js';
import { objectivesNow } from '../_lib/progress.js';
import { daysBetweenContacts } from '../_lib/scaledApproach.js';
import { respondToAbsence } from './compliance.js';
import { lastContactDay, type Sim } from './simulation.js';

const KINDS: readonly ContactKind[] = [
  'supervision',
  'intervention-session',
  'intervention-session',
  'home-visit',
];

/** @internal The working day on or after a date (contacts are not held at weekends). */
export function workingDayFrom(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** Disposals that can be enforced when the child misses contacts without a good reason. */
const enforceable = (sim: Sim) =>
  isCourtOrder(sim.setup.disposal) &&
  !['absolute-discharge', 'conditional-discharge', 'fine'].includes(sim.setup.disposal.type);

function attendanceNow(sim: Sim, inCustody: boolean): Attendance {
  if (inCustody) return 'attended';
  const { acceptableAbsence, unacceptableAbsence } = sim.engagement;
  return sim.c.weighted([
    ['attended', 1 - acceptableAbsence - unacceptableAbsence],
    ['acceptable-absence', acceptableAbsence],
    ['unacceptable-absence', unacceptableAbsence],
  ]);
}

/**
 * @internal Schedules the contact due on `nominal` (on the next working day, and never two on one
 * day) and, from it, the rest at the active plan's frequency until supervision ends.
 */
export function scheduleContact(sim: Sim, nominal: IsoDate): void {
  if (nominal > lastContactDay(sim)) return;
  const last = sim.w.record.contacts.at(-1)?.date;
  const day = workingDayFrom(last !== undefined && nominal <= last ? addDays(last, 1) : nominal);
  sim.agenda.at(day, (on) => {
    const record = sim.w.record;
    const plan = activePlan(record);
    if (!plan) return;
    const inCustody = isCustodial(sim.setup.disposal) && record.custodyPhaseEndedOn === undefined;
    const attendance = attendanceNow(sim, inCustody);
    const objectives = objectivesNow(record).filter((o) => o.status === 'active');
    const held = record.contacts.length;
    const objective = objectives[held % Math.max(1, objectives.length)];
    const id = sim.w.nextId('c');
    sim.w.add('contact.recorded', on, {
      contact: {
        id,
        date: on,
        kind: inCustody ? 'supervision' : (KINDS[held % KINDS.length] as ContactKind),
        attendance,
        objectiveIds: objective ? [objective.id] : [],
        deliveredBy: { kind: 'yos', role: 'case-manager' },
      },
    });
    scheduleContact(sim, addDays(nominal, daysBetweenContacts(plan.plan.plannedContactsPerMonth)));
    if (attendance === 'unacceptable-absence' && enforceable(sim)) respondToAbsence(sim, id, on);
    if (attendance === 'attended') reengageAfter(sim, on);
  });
}

/** After a warning or breach outcome, attending again is recorded as re-engagement (usually). */
function reengageAfter(sim: Sim, on: IsoDate): void {
  if (sim.busy || sim.w.stage !== 'delivery') return;
  const status = complianceStatus(sim.w.record);
  if ((status !== 'warned' && status !== 'reengaging') || !sim.c.chance(0.7)) return;
  sim.w.add('compliance.reengaged', on, {
    id: sim.w.nextId('re'),
    on,
    notes: 'Attended and agreed reminders the day before appointments',
  });
}
