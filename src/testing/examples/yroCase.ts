import type { CaseEventInput } from '../../lifecycle/events/index.js';
import file from './yroCase.json';

/**
 * The second worked example, a plan that needs quality assurance: Remi (a fictional child), 16,
 * on a 12-month youth rehabilitation order with supervision, a curfew and unpaid work after a
 * robbery in which he carried a knife. High risk of serious harm, sofa-surfing, daily cannabis
 * use, suspected criminal exploitation, ADHD. A first plan drafted in a hurry and activated
 * without quality assurance: it does too much at once, in the wrong order, and misses what
 * matters most. Every fact here is invented for teaching.
 *
 * What the plan checks say about it at {@link YRO_EXAMPLE}`.asOf` (and why), all warnings:
 * the order is lawful, the plan is weak:
 * - `disposal.requirement-unaddressed`: no action delivers the unpaid work requirement (the
 *   curfew is arranged by the action confirming its monitoring);
 * - `plan.beyond-disposal`: the thinking skills programme is due after the order ends;
 * - `plan.exceeds-proportionate-load`: 6 objectives asking something of him at once at the
 *   enhanced level (at most 5);
 * - `plan.front-loaded`: 5 things he must do or attend due in the first 4 weeks (at most 4);
 * - `plan.contact-level-mismatch`: 2 contacts a month at the enhanced level (at least 4);
 * - `assessment.intervention-level-unexplained`: enhanced where the ratings suggest intensive;
 * - `plan.no-others-safety-focus` and `plan.no-contingency`: high risk of serious harm, but no
 *   objective about other people's safety and no contingency plan;
 * - `plan.unlinked-objective`: the "keep to the curfew" objective addresses no assessed factor
 *   (a restriction needs a monitoring arrangement, not an objective);
 * - `plan.unaddressed-factor` and `plan.agency-not-involved`: the exploitation concern is
 *   neither addressed nor deferred, and social care is not involved; neither housing nor the
 *   drug service is involved for the homelessness and the cannabis use;
 * - `plan.no-strengths`: nothing builds on his grandmother or his music;
 * - `plan.not-specific`: the cannabis objective has no measure of success;
 * - `plan.no-child-voice`: no objective in his own words;
 * - `plan.sequence-order`: college is due before the accommodation it depends on, and both
 *   accommodation and college (stability needs) come after the weapons work;
 * - `plan.needs-not-adapted`: ADHD recorded, no adaptation;
 * - `plan.no-review-date`: no review date set.
 *
 * @example
 * checkCase(replay(yroExampleEvents()), { asOf: YRO_EXAMPLE.asOf });
 */
export const YRO_EXAMPLE = {
  caseId: 'case-remi',
  childId: 'child-remi',
  caseManager: 'pr-alex',
  manager: 'pr-manager-jo',
  /** The date the examples' findings are stated at: delivery, six weeks into the plan. */
  asOf: '2026-11-23',
  /** The order's last day. */
  orderEnds: '2027-09-21',
} as const;

/**
 * The second worked example's event log: a 12-month YRO opened, assessed (high risk of serious
 * harm, enhanced level with no rationale), a weak first plan agreed with misgivings, signed off
 * and activated without quality assurance, then six weeks of delivery. It triggers at least
 * eight distinct plan rules at {@link YRO_EXAMPLE}`.asOf` (see {@link YRO_EXAMPLE}).
 *
 * @example
 * const state = replay(yroExampleEvents());
 * checkCase(state, { asOf: YRO_EXAMPLE.asOf }).map((f) => f.rule);
 */
export function yroExampleEvents(): CaseEventInput[] {
  return structuredClone(file.events) as CaseEventInput[];
}
