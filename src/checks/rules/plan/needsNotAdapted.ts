import { filter, some } from '../../../_lib/lists.js';
import { defineRule } from '../../rule.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.needs-not-adapted` (warning): the child has recorded communication, neurodiversity or
 * learning needs (`plan.adaptationNeedKinds`) and no objective records an adaptation.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.needs-not-adapted'] });
 * // [{ path: ['plan', 'objectives'], evidence: { needKinds: ['learning'] } }]
 */
export const needsNotAdapted = defineRule({
  id: 'plan.needs-not-adapted',
  title: 'The plan is adapted to the child’s needs',
  description:
    'When the child has a recorded need of a kind the policy lists (`plan.adaptationNeedKinds`, default speech, language and communication, neurodiversity, learning), at least one objective (not withdrawn) records how delivery is adapted (`adaptations`). Good planning attends to neurodiversity, communication and learning needs.',
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
      ...new Set(filter(state.record.child.needs, (n) => kinds.has(n.kind)).map((n) => n.kind)),
    ];
    if (needKinds.length === 0) return [];
    if (some(liveObjectives(state.record, version), (o) => o.adaptations.length > 0)) return [];
    return [
      {
        message:
          'The child has recorded communication, neurodiversity or learning needs and the plan records no adaptation',
        path: ['plan', 'objectives'],
        evidence: { needKinds },
      },
    ];
  },
});
