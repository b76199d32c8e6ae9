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
import { simulatedSetup } from './caseSetup.js';
import { scheduleContact } from './contacts.js';
import { CHANCES, CHANGE_TRIGGERS, ENGAGEMENT_MIX } from './mix.js';
import {
  caseloadOptions,
  caseOptions,
  type SimulateCaseloadOptions,
  type SimulateCaseOptions,
} from './options.js';
import { writeContract } from './orders.js';
import {
  scheduleClosing,
  scheduleNextReview,
  scheduleRelease,
  scheduleTriggeredReview,
} from './reviews.js';
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
    inDelivery(sim, addDays(activeOn, c.int(1, span - 1)), (on) => writeTransferred(w, on));
  }
  scheduleMultiAgencyMeeting(sim, addDays(activeOn, c.int(14, 60)));
  scheduleHandover(sim, activeOn);
  scheduleClosing(sim, addDays(end, -c.int(14, 28)), 'disposal-completed');
}

/**
 * Share of court-ordered cases that the service opens before sentence, on bail with bail
 * supervision and support or on remand to local authority accommodation, and that gain their
 * order at sentence (`order.made`). Assumption, not a published figure: youth justice statistics
 * count remand episodes and bail supervision in the low thousands a year against tens of
 * thousands of sentences; one case in ten keeps the path well exercised.
 *
 * @example
 * OPENED_BEFORE_SENTENCE.share; // 0.1
 */
export const OPENED_BEFORE_SENTENCE = {
  share: 0.1,
  /** Of those: remanded to local authority accommodation (the rest on bail with support). */
  remanded: 0.3,
  /** Weeks from the bail or remand decision to sentence. */
  weeks: [3, 8] as const,
} as const;

/** A number in [0, 1) from the seed and a salt, every bit of both mixed (murmur3's finaliser). */
function uniform(seed: number, salt: number): number {
  let h = (seed ^ salt) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * @internal Whether the case simulated from `seed` opens before sentence: drawn from the seed by
 * a hash of its own, so that no other choice of the case changes (and not from a second
 * generator seeded nearby, whose first draws follow the simulator's own).
 */
export function beforeSentenceOf(seed: number): OpenedBeforeSentence | undefined {
  if (uniform(seed, 0x27d4eb2f) >= OPENED_BEFORE_SENTENCE.share) return undefined;
  const [min, max] = OPENED_BEFORE_SENTENCE.weeks;
  return {
    kind:
      uniform(seed, 0x165667b1) < OPENED_BEFORE_SENTENCE.remanded
        ? 'remand-local-authority'
        : 'bail-supervision-and-support',
    weeks: min + Math.floor(uniform(seed, 0x7feb352d) * (max - min + 1)),
  };
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

/**
 * A caseload of simulated cases, generated lazily one at a time as it is iterated (so 10,000
 * cases stream in bounded memory; iterate again for the same cases again). Case `i` opens on a
 * day drawn between `from` and `to` and is the case {@link simulateCase} makes from its own seed
 * (drawn from `seed`) with id `case-<i+1>`; events after `to` are not written, so cases still
 * running at the end of the period are open. Deterministic for the same options.
 *
 * @throws {YjplanError} `invalid_input` for invalid options (when called, not when iterated).
 * @example
 * for (const file of simulateCaseload({ seed: 7, cases: 1000, from: '2024-01-01', to: '2025-12-31' })) {
 *   process.stdout.write(`${JSON.stringify(file)}\n`); // NDJSON
 * }
 */
export function simulateCaseload(options: SimulateCaseloadOptions): Iterable<CaseFile> {
  const o = caseloadOptions.parse(options);
  const span = daysBetween(o.from, o.to);
  const width = String(o.cases).length;
  return {
    *[Symbol.iterator]() {
      const c = seededChoices(o.seed);
      for (let i = 0; i < o.cases; i++) {
        const seed = c.int(-0x80000000, 0x7fffffff);
        const offset = c.int(0, span);
        // A case that comes before its sentence opens weeks before `start`: still in the period.
        const weeksBefore = beforeSentenceOf(seed)?.weeks ?? 0;
        yield simulateCase({
          seed,
          start: addDays(o.from, Math.max(offset, 7 * weeksBefore)),
          until: o.to,
          caseId: `case-${String(i + 1).padStart(width, '0')}`,
          ...(o.shortfalls && { shortfalls: o.shortfalls }),
        });
      }
    },
  };
}
