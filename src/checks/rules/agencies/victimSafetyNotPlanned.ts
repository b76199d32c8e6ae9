import { victimSafetyConcerns } from '../../../lifecycle/agencyFacts.js';
import { defineRule } from '../../rule.js';
import { planUnderCheck } from '../plan/_lib/subject.js';
import { HMIP_PLANNING_SAFETY } from './sources.js';

/**
 * `plan.victim-safety-not-planned` (warning): a victim of the child's offence has concerns for
 * their safety, and the plan's contingency plan has no response marked as information about a
 * victim (`visibility.victimInformation`), nor a risk note about a victim's safety.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.victim-safety-not-planned'] });
 * // [{ path: ['plan', 'contingency'], evidence: { victimIds: ['v-1'] } }]
 */
export const victimSafetyNotPlanned = defineRule({
  id: 'plan.victim-safety-not-planned',
  title: 'A victim’s safety is in the contingency plan',
  description:
    'When a victim recorded by the date judged has concerns for their safety (`victim.recorded`, or the latest `victim.contacted` that says), the plan in force keeps them safe: its contingency plan has a response marked as information about a victim (`visibility.victimInformation`: what will be done, and by whom, if the signs appear), or a risk note about the victim’s safety. Such items never reach the child’s or a parent’s copy.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_PLANNING_SAFETY },
  check: ({ state: { record }, asOf }) => {
    const version = planUnderCheck(record);
    if (!version) return [];
    const victimIds = record.victims
      .filter((v) => v.recordedOn <= asOf && victimSafetyConcerns(v))
      .map((v) => v.victim.id);
    if (victimIds.length === 0) return [];
    const { contingency, riskNotes = [] } = version.plan;
    const planned =
      (contingency?.responses ?? []).some((r) => r.visibility?.victimInformation === true) ||
      riskNotes.some((n) => n.about === 'victim-safety');
    if (planned) return [];
    return [
      {
        message:
          'A victim has concerns for their safety and the contingency plan does not say how they are kept safe',
        path: ['plan', 'contingency'],
        evidence: { victimIds },
      },
    ];
  },
});
