import { defineRule } from '../../rule.js';
import { PLANNING_PROBATION } from './_lib/sources.js';
import { liveActions, liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.not-specific` (warning): an objective without a measure of success, a target date, or
 * an owner (at least one action, which always names its owner).
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.not-specific'] });
 * // [{ path: ['plan', 'objectives', 'o-2'], evidence: { missing: ['measure-of-success', 'owner'] } }]
 */
export const notSpecific = defineRule({
  id: 'plan.not-specific',
  title: 'Every objective is specific and measurable',
  description:
    'Each objective (not withdrawn) has a measure of success, a target date, and an owner: at least one action (not cancelled) for it, each of which names who does it. Specific, measurable objectives let reviews judge progress.',
  severity: 'warning',
  source: { kind: 'evidence', citation: PLANNING_PROBATION },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const owned = new Set(liveActions(state.record, version).map((a) => a.objectiveId));
    const findings = [];
    for (const o of liveObjectives(state.record, version)) {
      const missing = [
        ...(o.measureOfSuccess === undefined ? ['measure-of-success'] : []),
        ...(o.targetDate === undefined ? ['target-date'] : []),
        ...(owned.has(o.id) ? [] : ['owner']),
      ];
      if (missing.length === 0) continue;
      findings.push({
        message: `An objective has no ${missing.map((m) => m.replaceAll('-', ' ')).join(', no ')}`,
        path: ['plan', 'objectives', o.id],
        evidence: { objectiveId: o.id, missing },
      });
    }
    return findings;
  },
});
