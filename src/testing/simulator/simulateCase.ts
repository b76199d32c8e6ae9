import { addMonths, ageOn } from '../../_lib/calendar.js';
import type { DisposalType } from '../../law/disposals.js';
import { remandCatalogue } from '../../law/remand.js';
import { activePlan } from '../../lifecycle/derive.js';
import { CASE_FILE_SCHEMA_VERSION, type CaseFile } from '../../lifecycle/persist.js';
import type { IsoDate } from '../../model/dates.js';
import { isCourtOrder } from '../../model/disposal/index.js';
import { inRange } from '../../model/disposal/lawLookup.js';
import { CaseWriter } from '../_lib/caseWriter.js';
import { type Choices, seededChoices } from '../_lib/choices.js';
import { addDays, daysBetween } from '../_lib/days.js';
import { agreeingPeople, type CaseSetup } from '../_lib/setup.js';
import { writeAssessment } from '../_lib/steps/assessment.js';
import { type OpenedBeforeSentence, writeOpening } from '../_lib/steps/opening.js';
import { writePlanVersion } from '../_lib/steps/planning.js';
import { writeTransferred } from '../_lib/steps/review.js';
import { scheduleActions, scheduleParentingSupport } from './actions.js';
import { scheduleHandover, scheduleMultiAgencyMeeting } from './agencies.js';
import { beforeSentenceOf } from './beforeSentence.js';
import { simulatedSetup } from './caseSetup.js';
import { scheduleClosing } from './closing.js';
import { scheduleContact } from './contacts.js';
import { CHANCES, CHANGE_TRIGGERS, ENGAGEMENT_MIX } from './mix.js';
import { caseOptions, type SimulateCaseOptions } from './options.js';
import { writeContract } from './orders.js';
import { scheduleNextReview, scheduleRelease, scheduleTriggeredReview } from './reviews.js';
import { type Shortfall, shortfallsOf } from './shortfalls.js';
import { busyWith, inDelivery, newSim, runAgenda, type Sim } from './simulation.js';

/** Delivery: contacts, actions, reviews, release from custody, changes, transfer, closure. */
function scheduleDelivery(sim: Sim, c: Choices): void {
  const { w, setup } = sim;
  const activeOn = w.date;
  const end = setup.supervisionEnds;
  const plan = activePlan(w.record);
  if (!plan) return;
  scheduleContact(sim, addDays(activeOn, c.int(1, 5)));
  scheduleActions(sim);
  scheduleNextReview(sim);
  scheduleRelease(sim, activeOn);
  for (let month = addMonths(activeOn, 1); month < addDays(end, -30); month = addMonths(month, 1)) {
    if (c.chance(CHANCES.triggeredReviewPerMonth)) {
      scheduleTriggeredReview(sim, addDays(month, c.int(0, 27)), c.weighted(CHANGE_TRIGGERS));
    }
  }
  const parent = agreeingPeople(setup.people)[0];
  if (parent && c.chance(CHANCES.parentingSupport)) {
    scheduleParentingSupport(sim, parent.id, addDays(activeOn, c.int(7, 40)));
  }
  const span = Math.max(2, daysBetween(activeOn, end));
  if (c.chance(CHANCES.transfer)) {
    inDelivery(sim, addDays(activeOn, c.int(1, span - 1)), (on) => {
      writeTransferred(w, on);
    });
  }
  scheduleMultiAgencyMeeting(sim, addDays(activeOn, c.int(14, 60)));
  scheduleHandover(sim, activeOn);
  scheduleClosing(sim, addDays(end, -c.int(14, 28)), 'disposal-completed');
}

/**
 * Bail or remand before sentence for a court order, where the law allows it at the child's age
 * on the day of the decision (a child who was not yet 10 then comes to the service at sentence).
 */
function beforeSentenceFor(
  setup: CaseSetup,
  before: OpenedBeforeSentence | undefined,
): OpenedBeforeSentence | undefined {
  if (!before || !isCourtOrder(setup.disposal)) return undefined;
  const decidedOn = addDays(setup.openedOn, -7 * before.weeks);
  const age = ageOn(setup.child.dateOfBirth, decidedOn);
  return inRange(age, remandCatalogue[before.kind].ages) ? before : undefined;
}

/**
 * A realistic, complete case from one seed: a disposal from the caseload mix (or the one asked
 * for), the child and the people around them, an assessment whose ratings suit the disposal, a
 * plan that addresses the assessed factors (objectives with measures, target dates and owners)
 * agreed with the child and parents/carers, contacts at the planned frequency with realistic
 * attendance, absences answered with warnings, re-engagement and sometimes breach action,
 * referrals with waiting lists, scheduled reviews every 3 months and reviews triggered by
 * changes, a few plan revisions and reassessments, and the closing review before the disposal
 * ends or soon after; a few cases are transferred. Deterministic: the same options always give
 * the same case file, byte for byte (no clock, no `Math.random`). Every event is applied with
 * the real lifecycle as it is generated, so the case file always replays.
 *
 * @throws {YjplanError} `invalid_input` for invalid options.
 * @example
 * const file = simulateCase({ seed: 42, disposalType: 'referral-order' });
 * replay(file.events).stage; // 'closed'
 */
export function simulateCase(options: SimulateCaseOptions): CaseFile {
  const o = caseOptions.parse(options);
  return simulateWith(seededChoices(o.seed), {
    ...o,
    caseId: o.caseId ?? `case-${(o.seed >>> 0).toString(36)}`,
    shortfalls: shortfallsOf(o.seed, o.shortfalls),
    beforeSentence: beforeSentenceOf(o.seed),
  });
}

/**
 * @internal The simulation of one case with any choice policy: seeded (the simulator) or drawn
 * by fast-check (`arbitraries.simulatedCase`, so a failing case shrinks).
 */
export function simulateWith(
  c: Choices,
  o: {
    readonly caseId: string;
    readonly start: IsoDate;
    readonly disposalType?: DisposalType | undefined;
    readonly until?: IsoDate | undefined;
    readonly shortfalls: ReadonlySet<Shortfall>;
    /** Open on bail or remand before sentence (court orders only; see `OPENED_BEFORE_SENTENCE`). */
    readonly beforeSentence?: OpenedBeforeSentence | undefined;
  },
): CaseFile {
  const setup = {
    ...simulatedSetup(c, {
      caseId: o.caseId,
      start: o.start,
      ...(o.disposalType && { disposalType: o.disposalType }),
    }),
    shortfalls: o.shortfalls,
  };
  const w = new CaseWriter({
    by: setup.caseManager,
    validate: false,
    ...(o.until !== undefined && { until: o.until }),
  });
  writeOpening(w, setup, beforeSentenceFor(setup, o.beforeSentence));
  const sim = newSim(w, setup, c, c.weighted(ENGAGEMENT_MIX));
  busyWith(sim, () => {
    const { assessment, signedOffOn } = writeAssessment(w, setup, {
      id: w.nextId('a'),
      kind: isCourtOrder(setup.disposal) ? 'initial' : 'out-of-court',
      start: addDays(setup.openedOn, c.int(1, 5)),
      choices: c,
    });
    const start = addDays(signedOffOn, c.int(1, 4));
    writeContract(sim, start);
    writePlanVersion(w, sim.setup, { version: 1, assessment, start, choices: c });
  });
  if (!w.stopped) {
    scheduleDelivery(sim, c);
    runAgenda(sim);
  }
  return { schemaVersion: CASE_FILE_SCHEMA_VERSION, events: [...w.events] };
}
