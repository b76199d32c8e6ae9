/**
 * Citations the multi-agency and hand-over rules share.
 * @internal
 */

/** @internal HMIP's planning standard on other agencies' plans and keeping people safe. */
export const HMIP_PLANNING_SAFETY =
  'HM Inspectorate of Probation, youth inspection standards (2021), 2.2: planning involves other agencies where appropriate, aligns with child protection and care plans, and sets out contingency arrangements to keep the child and other people safe';

/** @internal YJB transitions guidance and the joint protocol. */
export const TRANSITIONS =
  'YJB, Case management guidance: "How to manage transitions" (prepare from about 17 and a half; a transition plan made with the child and family; share all relevant information, including the child’s views, before transfer; review each transition); Joint National Protocol for Transitions in England (YJB, HMPPS, 2021)';

/** @internal Helen's sentence planning panel (seed 004): actions agreed in order, recorded in the plan. */
export const PLANNING_PANEL =
  'HM Inspectorate of Probation, desistance practice guide: "Planning for desistance" (a planning panel’s agreed actions, in order of priority, recorded in the plan and copied to each agency)';
