import { type Draft, produce } from 'immer';
import type * as z from 'zod';
import { parsers } from '../errors/parse.js';
import { err, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import type { IsoDate } from '../model/dates.js';
import type { InterventionPlan } from '../model/plan.js';
import { latestPlan } from './derive.js';
import type { CaseEventOf } from './events/index.js';
import { planRevised } from './events/plan.js';
import { ownCase } from './readCase.js';
import type { CaseState } from './state.js';

/**
 * The payload of a `plan.revised` event: the next version number, the day, the reason and the
 * whole new plan.
 *
 * @example
 * const payload: PlanRevision = planRevision(state, { on: '2025-12-19', reason: 'review' }, edit);
 */
export type PlanRevision = CaseEventOf<'plan.revised'>['payload'];

/**
 * What a revision is for: the day it is drafted, why (`review`, `new-offence`, `change-in-risk`,
 * `new-order`, `childs-request`, or `other` with `reasonDetail`).
 *
 * @example
 * const options: PlanRevisionOptions = { on: '2025-12-19', reason: 'review' };
 */
export type PlanRevisionOptions = Omit<
  z.input<typeof planRevised.schema.shape.payload>,
  'version' | 'plan'
> & {
  readonly on: IsoDate;
};

const { safeParse: safeParseRevision } = parsers(planRevised.schema.shape.payload, 'plan revision');

const noPlanYet = () =>
  new YjplanError('reference_not_found', 'The case has no plan to revise yet', [
    { path: ['record', 'plans'], code: 'reference_not_found', message: 'No plan version' },
  ]);

const notARecipe = () =>
  new YjplanError('invalid_input', 'Expected a function that edits the plan', [
    { path: ['recipe'], code: 'invalid_type', message: 'Expected a function' },
  ]);

/**
 * The result form of {@link planRevision}.
 *
 * @example
 * const r = safePlanRevision(state, { on: '2025-12-19', reason: 'review' }, (plan) => {
 *   plan.plannedContactsPerMonth = 2;
 * });
 * if (r.ok) state = applyEvent(state, { id, type: 'plan.revised', at, by, payload: r.value });
 */
export function safePlanRevision(
  state: CaseState,
  options: PlanRevisionOptions,
  recipe: (plan: Draft<InterventionPlan>) => void,
): Result<PlanRevision> {
  const own = ownCase(state);
  if (!own.ok) return own;
  if (typeof recipe !== 'function') return err(notARecipe());
  const latest = latestPlan(own.value.state.record);
  if (latest === undefined) return err(noPlanYet());
  // The recipe edits a draft; the case's own plan version is never touched.
  const plan = produce(latest.plan as InterventionPlan, (draft) => {
    recipe(draft);
  });
  return safeParseRevision({ ...options, version: latest.version + 1, plan });
}

/**
 * Drafts the next version of a case's plan from its latest version: write `recipe` as if you
 * were editing the plan, and get back a validated `plan.revised` payload. Plans are never
 * edited in place: the recipe works on a draft (immer), so the earlier version stays exactly as
 * it was. Exceptions thrown by `recipe` itself are passed on.
 *
 * @throws {YjplanError} `invalid_input` when the options or the edited plan do not validate
 * (paths start at the payload: `['plan', 'objectives', 0, 'focus']`), `state` is not a case
 * state or `recipe` not a function; `reference_not_found` when the case has no plan yet.
 * @example
 * const payload = planRevision(state, { on: '2025-12-19', reason: 'review' }, (plan) => {
 *   plan.objectives.push(familyObjective);
 *   plan.nextReviewDate = '2026-03-10';
 * });
 * state = applyEvent(state, { id: 'e-41', type: 'plan.revised', at, by: 'pr-7', payload });
 */
export function planRevision(
  state: CaseState,
  options: PlanRevisionOptions,
  recipe: (plan: Draft<InterventionPlan>) => void,
): PlanRevision {
  const r = safePlanRevision(state, options, recipe);
  if (!r.ok) throw r.error;
  return r.value;
}
