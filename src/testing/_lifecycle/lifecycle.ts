/**
 * The lifecycle walk: a whole case written from the event definitions' own samples, with every
 * choice (which event next, a review's decision, a contact's attendance...) made by a choice
 * policy, so one construction serves fast-check (shrinking), a seed, or the typical case.
 * @internal
 */
import { machineContext } from '../../lifecycle/context.js';
import type { SampleChoice, SampleContent } from '../../lifecycle/defineEvent.js';
import {
  type CaseEvent,
  type CaseEventType,
  eventDefinition,
} from '../../lifecycle/events/index.js';
import { acceptedTypes } from '../../lifecycle/offered.js';
import type { Stage } from '../../lifecycle/stages.js';
import { nextStateValue } from '../../lifecycle/transitions.js';
import { ReviewTriggerSchema } from '../../model/review.js';
import { CaseWriter } from '../_lib/caseWriter.js';
import type { Choices } from '../_lib/choices.js';
import { sampleContent, sampleEvent } from './sampler.js';

/**
 * Sizes of generated lifecycles.
 *
 * @example
 * validEventSequence({ maxCycles: 1, maxSteps: 3 }); // short cases
 */
export interface LifecycleSize {
  /** Reviews that do not close the case (default up to 4). */
  readonly maxCycles?: number;
  /** Other events between two steps of the lifecycle (default up to 6). */
  readonly maxSteps?: number;
}

/** What moves a case on in each stage, the furthest step first. */
const FORWARD: Partial<Record<Stage, readonly CaseEventType[]>> = {
  opened: ['assessment.started'],
  assessment: ['assessment.signedOff', 'assessment.submitted', 'assessment.started'],
  planning: [
    'plan.activated',
    'plan.signedOff',
    'plan.agreementRecorded',
    'plan.drafted',
    'plan.revised',
  ],
  delivery: ['review.triggered'],
  review: ['review.completed'],
  closing: ['case.closed'],
};
const ENDINGS: ReadonlySet<string> = new Set(['case.closed', 'case.transferred']);
const ATTENDANCE = ['attended', 'unacceptable-absence', 'acceptable-absence'] as const;
const AGREEMENT = ['agreed', 'agreed-with-misgivings', 'disagreed', 'could-not-be-discussed'];
const START = '2025-01-06';
/** A bound on the steps of one case, whatever the choices. */
const MOST_STEPS = 60;

/**
 * @internal Writes a case event by event, each its type's sample with `content` (the writer
 * applies each one), from `start`, a day apart.
 */
export class Walk {
  readonly w = new CaseWriter({ by: 'pr-case-manager' });

  constructor(
    readonly c: Choices,
    readonly content: SampleContent,
    readonly start = START,
    readonly caseId = 'case-1',
  ) {}

  get stage(): Stage {
    return this.w.stage;
  }

  offered(): CaseEventType[] {
    return acceptedTypes(this.w.machineState, this.w.record) as CaseEventType[];
  }

  /** The sample's choices: a fact its payload chooses (a review's decision), and the rest. */
  choice(type: CaseEventType, forward: boolean, mayClose = false): SampleChoice {
    const { c } = this;
    const fact = eventDefinition(type)?.fact;
    const record = this.w.record;
    let chosen: SampleChoice = {};
    if (fact?.choose) {
      const context = machineContext(record);
      const values = (fact.offered?.(record) ?? fact.values).filter(
        (v) => nextStateValue(this.w.machineState, context, type, v) !== null,
      );
      const closing = values.filter((v) => (v === 'close') === mayClose);
      chosen = fact.choose(c.pick(closing.length > 0 ? closing : values));
    }
    if (type === 'contact.recorded') return { ...chosen, attendance: c.pick(ATTENDANCE) };
    if (type === 'review.triggered') {
      return { ...chosen, trigger: c.pick(ReviewTriggerSchema.options) };
    }
    if (type !== 'plan.agreementRecorded') return chosen;
    return {
      ...chosen,
      party: c.pick(['child', 'parent'] as const),
      // A step forward agrees (sign-off waits for it); any other answer is recorded on the way.
      agreement: forward ? 'agreed' : (c.pick(AGREEMENT) as SampleChoice['agreement']),
    };
  }

  write(type: CaseEventType, choice: SampleChoice = {}): void {
    const { w, start, caseId, content } = this;
    const index = w.events.length;
    const record = index > 0 ? w.record : undefined;
    const e = sampleEvent({ type, record, index, start, content, choice, caseId });
    w.add(type, e.at.slice(0, 10), e.payload as never, e.by);
  }
}

/**
 * @internal A case's event log, every choice made by `c`: the order (a referral order, a YRO or
 * a DTO) and the parents/carers, then the lifecycle step by step (opening, assessment, plan,
 * delivery, reviews that continue, revise the plan or reassess, closure) with up to
 * `maxSteps` other events the case offers between two steps (contacts, compliance, referrals,
 * people, orders, custody, agencies, victims, the hand-over...), each one its type's own sample;
 * then closed, transferred, or left open. The writer applies each event as it is written.
 */
export function writeLifecycle(c: Choices, size: LifecycleSize = {}): CaseEvent[] {
  const disposal = c.pick(['referral-order', 'yro', 'dto'] as const);
  const walk = new Walk(c, sampleContent(disposal, c.int(0, 2), c));
  const ending = c.pick(['close', 'transfer', 'open'] as const);
  const cycles = c.int(0, size.maxCycles ?? 4);
  const stopAt = c.int(1, 12 + 4 * cycles);
  walk.write('case.opened');
  let steps = 0;
  let reviews = 0;
  while (steps < MOST_STEPS && walk.stage !== 'closed') {
    for (let i = c.int(0, size.maxSteps ?? 6); i > 0; i--) {
      const offered = walk.offered().filter((t) => !ENDINGS.has(t));
      if (offered.length === 0) break;
      const type = c.pick(offered);
      walk.write(type, walk.choice(type, false));
    }
    if (ending !== 'close' && steps >= stopAt) break;
    const offered = walk.offered();
    const type = FORWARD[walk.stage]?.find((t) => offered.includes(t));
    if (!type) break;
    walk.write(type, walk.choice(type, true, reviews >= cycles));
    if (type === 'review.completed') reviews++;
    steps++;
  }
  if (ending === 'transfer' && walk.offered().includes('case.transferred')) {
    walk.write('case.transferred');
  }
  return [...walk.w.events];
}
