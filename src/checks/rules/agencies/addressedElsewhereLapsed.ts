import { defineRule, type RawFinding } from '../../rule.js';
import { planUnderCheck } from '../plan/_lib/subject.js';
import { HMIP_PLANNING_SAFETY } from './sources.js';

/**
 * `plan.addressed-elsewhere-lapsed` (warning): the plan records a factor as addressed in another
 * agency's plan (`addressedElsewhere` with `linkedPlanId`), and that plan has ended (or not yet
 * started) on the date judged: the need is no longer met anywhere.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.addressed-elsewhere-lapsed'] });
 * // [{ path: ['plan', 'addressedElsewhere', 'f-family'], evidence: { factorId: 'f-family', linkedPlanId: 'ap-cin', endedOn: '2026-05-26' } }]
 */
export const addressedElsewhereLapsed = defineRule({
  id: 'plan.addressed-elsewhere-lapsed',
  title: 'A need left to another agency’s plan is still met there',
  description:
    'A factor the plan records as addressed in another agency’s plan, naming the plan as the case records it (`addressedElsewhere[].linkedPlanId`), is still met there: the linked plan has started and has not ended (`agencyPlan.ended`) on the date judged. When it has ended, the need is addressed in this plan, deferred with a reason, or left to another plan in force. Entries that name no linked plan are taken at their word.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_PLANNING_SAFETY },
  check: ({ state: { record }, asOf }) => {
    const version = planUnderCheck(record);
    if (!version) return [];
    const findings: RawFinding[] = [];
    for (const entry of version.plan.addressedElsewhere ?? []) {
      const id = entry.linkedPlanId;
      if (id === undefined) continue;
      const linked = record.agencyPlans.find((p) => p.plan.id === id);
      if (!linked) continue;
      const ended = linked.ended !== undefined && linked.ended.on <= asOf;
      if (!ended && linked.plan.startedOn <= asOf) continue;
      findings.push({
        message: ended
          ? 'A factor is recorded as addressed in another agency’s plan that has ended'
          : 'A factor is recorded as addressed in another agency’s plan that has not started',
        path: ['plan', 'addressedElsewhere', entry.factorId],
        evidence: {
          factorId: entry.factorId,
          linkedPlanId: id,
          kind: linked.plan.kind,
          ...(ended && linked.ended && { endedOn: linked.ended.on }),
        },
      });
    }
    return findings;
  },
});
