/**
 * Citations shared by the delivery, compliance and review rules.
 * @internal
 */

/** @internal HMIP's standards for the delivery of youth court work. */
export const HMIP_DELIVERY =
  'HM Inspectorate of Probation, youth inspection standards (2021): implementation and delivery';

/** @internal HMIP's standards for reviewing. */
export const HMIP_REVIEWING =
  'HM Inspectorate of Probation, youth inspection standards (2021): reviewing responds to change';

/** @internal The evidence base on delivery and compliance (procedural justice). */
export const DELIVERY_EVIDENCE =
  'HM Inspectorate of Probation, Research & Analysis Bulletin 2020/03 (tailoring delivery; procedural justice in compliance and enforcement)';

/** @internal Review timescales: guidance with the former standards' interval as a default. */
export const REVIEW_GUIDANCE =
  'YJB case management guidance (review when circumstances change significantly); former National Standards for Youth Justice Services (3-monthly review), as an overridable policy default';
