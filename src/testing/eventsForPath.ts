import * as z from 'zod';
import { parsers } from '../errors/parse.js';
import { YjplanError } from '../errors/YjplanError.js';
import { type CaseEventInput, type CaseEventType, EVENT_TYPES } from '../lifecycle/events/index.js';
import { IsoDateSchema } from '../model/dates.js';
import { IdSchema } from '../model/ids.js';
import { ReviewDecisionSchema } from '../model/review.js';
import { typicalChoices } from './_lib/choices.js';
import { Walk } from './_lifecycle/lifecycle.js';
import { sampleContent } from './_lifecycle/sampler.js';
import type { LifecyclePath } from './lifecyclePaths.js';

/**
 * Options of {@link eventsForPath}.
 *
 * @example
 * EventsForPathOptionsSchema.parse({ toClosure: true, caseId: 'case-7', start: '2025-03-03' });
 */
export const EventsForPathOptionsSchema = z.strictObject({
  /** Also write the path's `toClosure` steps, so the log ends with the case closed. */
  toClosure: z.boolean().default(false),
  /** The case id of `case.opened` (default `case-1`). */
  caseId: IdSchema.optional(),
  /** The day the case opens; each later event is dated one day after the one before. */
  start: IsoDateSchema.default('2025-01-06'),
});

/**
 * What {@link eventsForPath} accepts as options.
 *
 * @example
 * const options: EventsForPathOptions = { toClosure: true };
 */
export type EventsForPathOptions = z.input<typeof EventsForPathOptionsSchema>;

const StepSchema = z.looseObject({
  type: z.enum(EVENT_TYPES as [string, ...string[]]),
  decision: ReviewDecisionSchema.optional(),
});

/** The parts of a path the events are made from (a path from {@link lifecyclePaths}). */
const PathSchema = z.looseObject({
  custodial: z.boolean(),
  steps: z.array(StepSchema),
  toClosure: z.array(StepSchema).nullable(),
});

const path = parsers(PathSchema, 'lifecycle path');
const options = parsers(EventsForPathOptionsSchema, 'events for path options');

/**
 * The concrete event log for a path from `lifecyclePaths()`: `case.opened` (a referral order
 * with one parent, or a detention and training order when `path.custodial`), then one event per
 * step with a realistic payload that makes the step's `facts` true (a review's decision, a plan
 * to revise, a signed-off assessment), each dated a day after the one before. With
 * `{ toClosure: true }` the path's way on to closure follows. Every event is one `applyEvent`
 * accepts in turn, so a host can feed the log to its own adapter.
 *
 * @throws {YjplanError} `invalid_input` for something that is not a lifecycle path or bad
 * options, or `toClosure` for a path that has no way on to closure (a transferred case).
 * @example
 * for (const path of lifecyclePaths()) {
 *   const [opened, ...rest] = eventsForPath(path); // or: replay(eventsForPath(path))
 *   let state = openCase(opened);
 *   for (const event of rest) state = applyEvent(state, event);
 *   expect(stageLabel(state)).toBe(path.reaches);
 * }
 */
export function eventsForPath(
  lifecyclePath: LifecyclePath,
  opts: EventsForPathOptions = {},
): CaseEventInput[] {
  const p = path.parse(lifecyclePath);
  const o = options.parse(opts);
  if (o.toClosure && p.toClosure === null) {
    throw new YjplanError('invalid_input', 'This path has no way on to closure', [
      { path: ['toClosure'], code: 'invalid_value', message: 'A transferred case cannot close' },
    ]);
  }
  const content = sampleContent(p.custodial ? 'dto' : 'referral-order');
  const walk = new Walk(typicalChoices, content, o.start, o.caseId ?? 'case-1');
  walk.write('case.opened');
  for (const step of [...p.steps, ...(o.toClosure ? (p.toClosure ?? []) : [])]) {
    walk.write(step.type as CaseEventType, step.decision && { decision: step.decision });
  }
  return [...walk.w.events];
}
