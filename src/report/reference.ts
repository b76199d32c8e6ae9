import type { QuestionId } from './questions.js';

/**
 * Figures the inspectorate published, for a manager to set a caseload beside: the share of cases
 * judged sufficient in HM Inspectorate of Probation's full round of adult probation inspections,
 * June 2018 to June 2019 (over 3,000 cases), in its effective-practice guides on planning and on
 * implementation and delivery. Adult probation, not youth work: a point of comparison, not a
 * target. "Engaging the service user" is set beside the involvement and engagement questions.
 *
 * @example
 * INSPECTION_REFERENCE.figures['planning.safety-of-others']; // 53
 */
export const INSPECTION_REFERENCE = {
  label: 'HMI Probation, adult cases 2018-19',
  citation:
    'HM Inspectorate of Probation, effective practice guides: planning, and implementation and delivery (inspection data from the full round of probation inspections, June 2018 to June 2019, over 3,000 cases).',
  figures: {
    'planning.involvement': 66,
    'planning.desistance': 67,
    'planning.safety-of-others': 53,
    'delivery.involvement': 75,
    'delivery.desistance': 55,
    'delivery.safety-of-others': 49,
  } satisfies Partial<Record<QuestionId, number>> as Partial<Record<QuestionId, number>>,
} as const;
