import { defineRule } from '../../rule.js';
import { PLANNING_YOUTH } from './_lib/sources.js';
import { assessmentUnderCheck, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.no-child-voice` (warning): no objective is in the child's own words, or the child's
 * views are recorded neither on the plan nor in the assessment. Each gap is its own finding.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-child-voice'] });
 * // [{ path: ['plan', 'objectives'], ... }, { path: ['plan', 'childViews'], ... }]
 */
export const noChildVoice = defineRule({
  id: 'plan.no-child-voice',
  title: 'The child’s voice is in the plan',
  description:
    'At least one objective (not withdrawn) is also written in the child’s own words (`childWords`), and the child’s views are recorded, on the plan (`childViews`) or in the assessment’s self-assessment. Children engage with plans they helped shape, with goals of their own.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${PLANNING_YOUTH}; YJB Child First: collaboration with children`,
  },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const objectives = liveObjectives(state.record, version);
    const inOwnWords = objectives.filter((o) => o.childWords !== undefined).length;
    const viewsRecorded =
      version.plan.childViews !== undefined ||
      assessmentUnderCheck(state.record)?.childViews !== undefined;
    const findings = [];
    if (objectives.length > 0 && inOwnWords === 0) {
      findings.push({
        message: 'No objective is written in the child’s own words',
        path: ['plan', 'objectives'],
        evidence: { objectives: objectives.length, inChildsWords: 0 },
      });
    }
    if (!viewsRecorded) {
      findings.push({
        message: 'The child’s views are recorded neither on the plan nor in the assessment',
        path: ['plan', 'childViews'],
        evidence: { childViewsRecorded: false },
      });
    }
    return findings;
  },
});
