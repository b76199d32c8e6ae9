import { summarise } from '../../../involvement/summary.js';
import type { PersonInvolvement } from '../../../involvement/types.js';
import { defineRule } from '../../rule.js';

const hasInvolvement = (p: PersonInvolvement) =>
  p.recordCount > 0 || p.views.length > 0 || p.agreements.length > 0;

/**
 * `involvement.corporate-parent-missing`: for a looked-after child, the local authority (the
 * corporate parent) is recorded among the people around the child and, once an assessment is
 * completed or a plan drafted, its involvement is recorded (any involvement record, views or
 * agreement).
 *
 * @example
 * checkCase(state, { asOf, rules: ['involvement.corporate-parent-missing'] });
 */
export const corporateParentMissing = defineRule({
  id: 'involvement.corporate-parent-missing',
  title: 'Corporate parent not involved',
  description:
    'The child is looked after by a local authority, but no corporate parent is recorded among the people around the child, or, once the assessment is completed or a plan drafted, no involvement of the local authority is recorded.',
  severity: 'warning',
  source: {
    kind: 'inspection',
    citation:
      'Children Act 1989 s.22 (looked-after children); Children and Social Work Act 2017 s.1 (corporate parenting principles); HM Inspectorate of Probation youth standards (planning aligned with care plans)',
  },
  check: ({ state, asOf }) => {
    const { record } = state;
    if (!record.child.lookedAfter) return [];
    const path = ['involvement', 'corporate-parent'];
    const corporate = summarise(record, asOf).people.filter((p) => p.role === 'corporate-parent');
    if (corporate.length === 0) {
      return [
        {
          message: 'The child is looked after, but no local authority corporate parent is recorded',
          path,
          evidence: { corporateParentIds: [] },
        },
      ];
    }
    const started =
      record.assessments.some((a) => a.assessment && a.assessment.completedOn <= asOf) ||
      record.plans.some((p) => p.drafted.on <= asOf);
    if (!started || corporate.some(hasInvolvement)) return [];
    return [
      {
        message: 'The child is looked after, but no involvement of the local authority is recorded',
        path,
        evidence: { corporateParentIds: corporate.map((p) => p.personId) },
      },
    ];
  },
});
