import { defineRule } from '../../rule.js';
import { dependencyCycles } from './_lib/cycles.js';
import { liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.sequence-cycle` (error): objectives that depend on each other in a circle, so none of
 * them can start (withdrawn objectives are left out). One finding per cycle, at its first
 * objective by id.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.sequence-cycle'] });
 * // [{ path: ['plan', 'objectives', 'o-a'], evidence: { objectiveIds: ['o-a', 'o-b'] } }]
 */
export const sequenceCycle = defineRule({
  id: 'plan.sequence-cycle',
  title: 'Objective dependencies do not go round in a circle',
  description:
    'The `dependsOn` links between objectives not withdrawn form no cycle (an objective that waits, directly or through others, on itself). Such a plan cannot be sequenced: no objective in the cycle can ever start.',
  severity: 'error',
  source: { kind: 'structure', citation: 'The plan model: `dependsOn` orders objectives' },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    return dependencyCycles(liveObjectives(state.record, version)).map((ids) => ({
      message: `${ids.length === 1 ? 'An objective depends on itself' : `${ids.length} objectives depend on each other in a circle`}, so none of them can start`,
      path: ['plan', 'objectives', ids[0] ?? ''],
      evidence: { objectiveIds: ids },
    }));
  },
});
