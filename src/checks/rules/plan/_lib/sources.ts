/**
 * Citations the plan rules share, so each source is spelt one way in `docs/rules.md`.
 * @internal
 */

/** @internal HMI Probation's youth planning evidence (seed 002). */
export const PLANNING_YOUTH =
  'HM Inspectorate of Probation, effective practice evidence base: "Planning" (youth justice, 2023)';

/** @internal HMI Probation's planning evidence for probation (seed 000). */
export const PLANNING_PROBATION =
  'HM Inspectorate of Probation, effective practice evidence base: "Planning" (probation)';

/** @internal HMI Probation's implementation and delivery evidence (seed 003). */
export const DELIVERY_EVIDENCE =
  'HM Inspectorate of Probation, effective practice evidence base: "Implementation and delivery" (2020)';

/** @internal HMI Probation's desistance planning case illustration (seed 004). */
export const DESISTANCE_PLANNING =
  'HM Inspectorate of Probation, desistance practice guide: "Planning for desistance"';

/** @internal The youth inspection standards' planning questions. */
export const INSPECTION_PLANNING =
  'HM Inspectorate of Probation, standards for inspecting youth offending services (2018, refreshed 2021): planning for court and out-of-court disposals';

/** @internal The YJB scaled approach (historic) and Child First. */
export const SCALED_APPROACH =
  'YJB, the scaled approach (2009-2010; historic, no longer prescribed by the 2019 Standards for children)';

/** @internal Practice research on sentence planning and engagement (seed 001). */
export const ENGAGEMENT_RESEARCH =
  'Hughes (2012), "Promoting offender engagement and compliance in sentence planning", Probation Journal 59(1)';
