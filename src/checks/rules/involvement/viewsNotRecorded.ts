import { expectedNow, involvementExpectedOn } from '../../../involvement/expected.js';
import { summarise } from '../../../involvement/summary.js';
import { defineRule } from '../../rule.js';

/**
 * `involvement.views-not-recorded`: once an assessment is completed for a child under the policy
 * age (default 18), each parent/carer the checks expect to be involved has their views recorded,
 * in their own words: as an involvement record, in an assessment or in a review.
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.views-not-recorded'] });
 */
export const viewsNotRecorded = defineRule({
  id: 'involvement.views-not-recorded',
  title: 'Parent or carer views not recorded',
  description:
    'An assessment has been completed but a parent or carer who is expected to be involved has no views recorded in their own words (as an involvement record, in an assessment or in a review) and no recorded reason for not being involved.',
  severity: 'warning',
  source: {
    kind: 'inspection',
    citation:
      'HM Inspectorate of Probation youth inspection standards (assessment: parents/carers meaningfully involved); AssetPlus self-assessment (parent/carer views)',
  },
  check: ({ state, asOf, policy }) => {
    const { record } = state;
    const assessment = record.assessments.find(
      (a) => a.assessment !== undefined && a.assessment.completedOn <= asOf,
    )?.assessment;
    if (!assessment) return [];
    const below = policy.involvement.involvementExpectedBelowAge;
    if (!involvementExpectedOn(record, assessment.completedOn, below)) return [];
    return expectedNow(summarise(record, asOf))
      .filter((p) => p.views.length === 0)
      .map((p) => ({
        message: 'No views in their own words are recorded for this parent/carer',
        path: ['people', p.personId],
        evidence: { personId: p.personId, assessmentId: assessment.id },
      }));
  },
});
