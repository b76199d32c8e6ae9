import type { Objective } from '../../../model/plan.js';
import type { CheckContext, RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { significantFactors } from './_lib/factors.js';
import { DELIVERY_EVIDENCE, DESISTANCE_PLANNING, PLANNING_YOUTH } from './_lib/sources.js';
import {
  assessmentUnderCheck,
  isActiveObjective,
  liveObjectives,
  planUnderCheck,
} from './_lib/subject.js';

/**
 * Objectives due before an objective they depend on. A completed objective is out of the
 * question either way: done work is neither late nor waiting.
 */
function dueBeforePrerequisite(objectives: readonly Objective[]): RawFinding[] {
  const open = objectives.filter((o) => o.status !== 'completed');
  const byId = new Map(open.map((o) => [o.id, o]));
  const findings: RawFinding[] = [];
  for (const o of open) {
    if (o.targetDate === undefined) continue;
    const target = o.targetDate;
    const late = o.dependsOn.filter((id) => {
      const due = byId.get(id)?.targetDate;
      return due !== undefined && due > target;
    });
    if (late.length === 0) continue;
    findings.push({
      message: 'An objective is due before an objective it depends on',
      path: ['plan', 'objectives', o.id],
      evidence: { objectiveId: o.id, targetDate: target, prerequisiteIds: late },
    });
  }
  return findings;
}

/**
 * Open objectives on stability needs placed after work that depends on stability. Only work
 * being done now (active or proposed) counts as coming first, and never work on safety (the
 * child's or other people's): keeping the child safe from exploitation or self-harm, and
 * managing the risk of harm, are at least as immediate as stability and never wait for it.
 */
function stabilityPlacedLate(
  objectives: readonly Objective[],
  context: CheckContext,
): RawFinding[] {
  const assessment = assessmentUnderCheck(context.state.record);
  if (!assessment) return [];
  const domains = new Set(context.policy.plan.stabilityDomains);
  const stabilityFactors = new Set(
    significantFactors(assessment, context.policy.plan)
      .filter((f) => domains.has(f.domain))
      .map((f) => f.id),
  );
  const isStability = (o: Objective) =>
    o.addresses.factorIds.some((id) => stabilityFactors.has(id));
  const others = objectives.filter(
    (o) =>
      !isStability(o) &&
      isActiveObjective(o) &&
      !o.focus.includes('safety-of-others') &&
      !o.focus.includes('safety-and-wellbeing'),
  );
  const findings: RawFinding[] = [];
  for (const s of objectives) {
    if (!isStability(s) || !isActiveObjective(s)) continue;
    const before = others
      .filter((o) => o.priority < s.priority || s.dependsOn.includes(o.id))
      .map((o) => o.id);
    if (before.length === 0) continue;
    findings.push({
      message:
        'An objective on an immediate stability need (such as where the child lives, education or safety from exploitation) comes after other work that depends on that stability',
      path: ['plan', 'objectives', s.id],
      evidence: { objectiveId: s.id, priority: s.priority, placedAfter: before },
    });
  }
  return findings;
}

/**
 * `plan.sequence-order` (warning): an objective due before an objective it depends on, or an
 * open objective on a stability need of the child (where the child lives, education, safety
 * from exploitation) placed after other work being done now (not paused, completed or
 * withdrawn; not on the child's or other people's safety), by priority or by depending on it.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.sequence-order'] });
 * // [{ path: ['plan', 'objectives', 'o-housing'], evidence: { placedAfter: ['o-offending'], ... } }]
 */
export const sequenceOrder = defineRule({
  id: 'plan.sequence-order',
  title: 'Objectives are sequenced: stability first, prerequisites before what depends on them',
  description:
    'An objective’s target date is not before the target date of an objective it depends on (the same day is fine; completed objectives are left out). An active or proposed objective that addresses a significant factor in a stability domain (`plan.stabilityDomains`, default the child’s: living arrangements, education, training and employment, exploitation and victimisation) does not come after other active or proposed work, by a lower priority or by depending on it: work on desistance builds on stability. Objectives on the child’s safety and wellbeing (exploitation, self-harm) or on other people’s safety are never out of order for coming first: keeping the child and others safe is at least as immediate as stability.',
  severity: 'warning',
  source: {
    kind: 'evidence',
    citation: `${DELIVERY_EVIDENCE}; ${DESISTANCE_PLANNING}; ${PLANNING_YOUTH} (keeping the child safe; structure and routine; return to education)`,
  },
  check: (context) => {
    const version = planUnderCheck(context.state.record);
    if (!version) return [];
    const objectives = liveObjectives(context.state.record, version);
    return [...dueBeforePrerequisite(objectives), ...stabilityPlacedLate(objectives, context)];
  },
});
