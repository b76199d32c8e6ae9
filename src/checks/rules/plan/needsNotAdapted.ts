import type { ResponsivityNeedKind } from '../../../model/child.js';
import type { Objective } from '../../../model/plan.js';
import { defineRule } from '../../rule.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * The need kinds an objective's adaptations serve: those it names (`adaptedFor`), or, when it
 * names none, the child's only need of the listed kinds (there is no doubt which it serves).
 */
function servedBy(objective: Objective, only: ResponsivityNeedKind | undefined): readonly string[] {
  if (objective.adaptations.length === 0) return [];
  if (objective.adaptedFor !== undefined) return objective.adaptedFor;
  return only === undefined ? [] : [only];
}

/**
 * `plan.needs-not-adapted` (warning): a recorded need of the child, of a kind the policy lists
 * (`plan.adaptationNeedKinds`), that no objective's adaptations serve. One finding per need
 * kind, at the need: one adaptation does not answer every need.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.needs-not-adapted'] });
 * // [{ path: ['child', 'needs', 'learning'], evidence: { needKind: 'learning' } }]
 */
export const needsNotAdapted = defineRule({
  id: 'plan.needs-not-adapted',
  title: 'The plan is adapted to each of the child’s needs',
  description:
    'For each kind of need the child has recorded that the policy lists (`plan.adaptationNeedKinds`, default speech, language and communication, neurodiversity, learning, mental health, cultural and diversity needs), at least one objective (not withdrawn) records how delivery is adapted (`adaptations`) and names that need (`adaptedFor`). An objective’s adaptations that name no need serve the child’s only listed need, when there is just one: with several, say which each serves, since one adaptation does not answer every need. Good planning attends to neurodiversity, communication, learning, mental health and cultural needs.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${PLANNING_YOUTH}; Kirby (2021), HMI Probation Academic Insights 2021/08`,
  },
  check: ({ state, policy }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const kinds = new Set(policy.plan.adaptationNeedKinds);
    const needKinds = [
      ...new Set(state.record.child.needs.filter((n) => kinds.has(n.kind)).map((n) => n.kind)),
    ];
    if (needKinds.length === 0) return [];
    const only = needKinds.length === 1 ? needKinds[0] : undefined;
    const objectives = liveObjectives(state.record, version);
    return needKinds
      .filter((kind) => !objectives.some((o) => servedBy(o, only).includes(kind)))
      .map((kind) => ({
        message: `The child has a recorded need (${kind.replaceAll('-', ' ')}) and no objective records how delivery is adapted to it`,
        path: ['child', 'needs', kind],
        evidence: { needKind: kind },
      }));
  },
});
