import { ratingsInForce } from '../../../lifecycle/ratingsInForce.js';
import type { CaseRecord } from '../../../lifecycle/record.js';
import { type Disposal, disposalCategory } from '../../../model/disposal/index.js';
import { isFirstOutOfCourtDisposal } from '../../../model/history.js';
import type { PlanAction } from '../../../model/plan.js';
import { defineRule } from '../../rule.js';
import { currentOrders, principalAt } from '../_lib/orders.js';
import {
  disposalMonths,
  isChildsLoad,
  type RequirementNatures,
  requirementNatures,
} from './_lib/childLoad.js';
import { spoken } from './_lib/ratings.js';
import { DESISTANCE_PLANNING, PLANNING_YOUTH } from './_lib/sources.js';
import { isActiveObjective, liveActions, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * The objectives that ask nothing of the child: every live action of theirs is someone else's
 * to do (an agency's, a parent's, the YOS's own task). An objective with no live action yet,
 * or with one action of the child's, asks something of the child. One pass over the actions.
 */
function metByOthers(actions: readonly PlanAction[], natures: RequirementNatures): Set<string> {
  const others = new Set<string>();
  const childs = new Set<string>();
  for (const a of actions) {
    if (isChildsLoad(a, natures)) childs.add(a.objectiveId);
    else others.add(a.objectiveId);
  }
  for (const id of childs) others.delete(id);
  return others;
}

/**
 * Whether an out-of-court disposal is the child's first: as recorded on it, else from the earlier
 * disposals the case records (none before it); never assumed when neither is recorded.
 */
function isFirstOutOfCourt(record: CaseRecord, disposal: Disposal): boolean {
  if (!('decisionDate' in disposal)) return false;
  if (disposal.firstOutOfCourtDisposal !== undefined) return disposal.firstOutOfCourtDisposal;
  return (
    record.earlierDisposals !== undefined &&
    isFirstOutOfCourtDisposal(record.earlierDisposals, disposal.decisionDate)
  );
}

/**
 * `plan.exceeds-proportionate-load` (warning): more objectives asking something of the child
 * are active at once than the policy allows for the intervention level in force
 * (`plan.maxActiveObjectives`), scaled down for a disposal shorter than
 * `plan.fullLoadFromMonths`, or for a first out-of-court disposal the light-touch maximum
 * (`plan.outOfCourtMaxActiveObjectives`).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.exceeds-proportionate-load'] });
 * // [{ evidence: { activeObjectives: 6, maximum: 5, interventionLevel: 'enhanced', ... }, ... }]
 */
export const exceedsProportionateLoad = defineRule({
  id: 'plan.exceeds-proportionate-load',
  title: 'The plan is proportionate to the disposal and the intervention level',
  description:
    'Counts the objectives active at once (active or proposed) that ask something of the child (those with no action yet, or with at least one action the child must do or attend; objectives met wholly by agencies, parents or the YOS do not count) and compares them with the policy’s maximum for the intervention level in force (default 3 standard, 5 enhanced, 7 intensive). A disposal shorter than `plan.fullLoadFromMonths` (default 6 months) gets that maximum scaled by its length, rounded up. A first out-of-court disposal (`firstOutOfCourtDisposal: true`, or, where the case records the child’s earlier disposals, none before it) gets the light-touch maximum (default 2); other out-of-court disposals the level’s. The disposal judged is the case’s order as it stood on the day checked (a referral order from its contract); a case on bail or remand with no sentence takes the level’s maximum. Children with many needs do better with a few realistic steps at a time than with everything at once.',
  severity: 'warning',
  source: { kind: 'evidence', citation: `${PLANNING_YOUTH}; ${DESISTANCE_PLANNING}` },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const disposal = principalAt(state, asOf)?.disposal;
    const category = disposal && disposalCategory(disposal);
    const level = ratingsInForce(state.record, asOf)?.interventionLevel;
    const firstOutOfCourt =
      category === 'out-of-court' &&
      disposal !== undefined &&
      isFirstOutOfCourt(state.record, disposal);
    const months = disposal && disposalMonths(disposal);
    const full = policy.plan.fullLoadFromMonths;
    const scaled = !firstOutOfCourt && months !== undefined && months < full;
    const levelMaximum = level && policy.plan.maxActiveObjectives[level];
    const maximum = firstOutOfCourt
      ? policy.plan.outOfCourtMaxActiveObjectives
      : levelMaximum !== undefined && scaled
        ? Math.max(1, Math.ceil((levelMaximum * months) / full))
        : levelMaximum;
    if (maximum === undefined) return [];
    const notTheChilds = metByOthers(
      liveActions(state.record, version),
      requirementNatures(currentOrders(state, asOf)),
    );
    const active = liveObjectives(state.record, version).filter(
      (o) => isActiveObjective(o) && !notTheChilds.has(o.id),
    );
    if (active.length <= maximum) return [];
    const why = firstOutOfCourt
      ? 'a first out-of-court disposal'
      : `the ${spoken(level ?? '')} level${scaled ? ` on a disposal of ${months} months` : ''}`;
    return [
      {
        message: `The plan has ${active.length} objectives asking something of the child active at once; the policy allows ${maximum} for ${why}`,
        path: ['plan', 'objectives'],
        evidence: {
          activeObjectives: active.length,
          maximum,
          ...(category && { disposalCategory: category }),
          ...(level && { interventionLevel: level }),
          ...(scaled && { disposalMonths: months, levelMaximum }),
          ...(firstOutOfCourt && { firstOutOfCourtDisposal: true }),
          objectiveIds: active.map((o) => o.id),
        },
      },
    ];
  },
});
