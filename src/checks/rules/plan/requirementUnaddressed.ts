import { filter } from '../../../_lib/lists.js';
import { requirementsOf } from '../../../model/disposal/index.js';
import { defineRule } from '../../rule.js';
import { liveActions, planUnderCheck } from './_lib/subject.js';

/**
 * `disposal.requirement-unaddressed` (error): a YRO requirement, youth offender contract term or
 * conditional caution condition that no plan action (other than a cancelled one) delivers.
 *
 * @example
 * checkCase(state, { asOf, rules: ['disposal.requirement-unaddressed'] });
 * // [{ path: ['disposal', 'requirements', 'req-upw'], evidence: { requirementId: 'req-upw', kind: 'unpaid-work' }, ... }]
 */
export const requirementUnaddressed = defineRule({
  id: 'disposal.requirement-unaddressed',
  title: 'Every requirement of the disposal has an action delivering it',
  description:
    'Each YRO requirement, youth offender contract term or conditional caution condition needs at least one plan action (not cancelled) that delivers it (`deliversRequirement`); otherwise the plan does not make the arrangements the disposal requires.',
  severity: 'error',
  source: {
    kind: 'law',
    citation:
      'Sentencing Act 2020 s.192(2)(a) (YRO: the responsible officer makes the arrangements the requirements need); s.106(3)(a) (referral order: the YOT supervises compliance with the contract); Crime and Disorder Act 1998 s.66A (conditional caution conditions)',
  },
  check: ({ state }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const delivered = new Set(liveActions(state.record, version).map((a) => a.deliversRequirement));
    return filter(requirementsOf(state.record.disposal), (r) => !delivered.has(r.id)).map((r) => ({
      message:
        r.kind === 'caution-condition'
          ? 'A condition of the conditional caution has no plan action delivering it'
          : `The ${r.label.toLowerCase()} requirement of the disposal has no plan action delivering it`,
      path: ['disposal', 'requirements', r.id],
      evidence: { requirementId: r.id, kind: r.kind },
    }));
  },
});
