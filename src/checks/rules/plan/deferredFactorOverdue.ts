import { defineRule } from '../../rule.js';
import { addressedFactorIds } from './_lib/factors.js';
import { DELIVERY_EVIDENCE } from './_lib/sources.js';
import { liveObjectives, planUnderCheck } from './_lib/subject.js';

/**
 * `plan.deferred-factor-overdue` (warning): a factor deferred until a date that has passed is
 * still not addressed by any objective.
 *
 * @example
 * checkCase(state, { asOf: '2026-02-01', rules: ['plan.deferred-factor-overdue'] });
 * // [{ path: ['plan', 'deferredFactors', 'f-family'], evidence: { revisitBy: '2026-01-09', ... } }]
 */
export const deferredFactorOverdue = defineRule({
  id: 'plan.deferred-factor-overdue',
  title: 'Deferred factors are revisited when planned',
  description:
    'A factor deferred with a `revisitBy` date is addressed by an objective once that date has passed (the day itself is still in time). Sequencing puts immediate needs first; the deferred work then has to start.',
  severity: 'warning',
  source: { kind: 'evidence', citation: DELIVERY_EVIDENCE },
  check: ({ state, asOf }) => {
    const version = planUnderCheck(state.record);
    if (!version) return [];
    const addressed = addressedFactorIds(liveObjectives(state.record, version));
    return version.plan.deferredFactors
      .filter((d) => d.revisitBy !== undefined && d.revisitBy < asOf && !addressed.has(d.factorId))
      .map((d) => ({
        message: 'A deferred factor’s revisit date has passed and no objective addresses it yet',
        path: ['plan', 'deferredFactors', d.factorId],
        evidence: { factorId: d.factorId, revisitBy: d.revisitBy },
      }));
  },
});
