import * as z from 'zod';

/**
 * Parent and carer involvement numbers: practice defaults a YOS may override (globally or per
 * disposal type), never law. The law's own numbers (a parent must attend referral order panels
 * for a child under 16, Sentencing Act 2020 s.90) live in `src/law/` and are not overridable.
 *
 * @example
 * InvolvementPolicySchema.parse({ involvementExpectedBelowAge: 16 });
 */
export const InvolvementPolicySchema = z.strictObject({
  /**
   * Parents and carers are expected to be invited to planning, heard and asked to agree the plan
   * for a child under this age (judged on the date of the step in question). Default 18: YJB
   * Child First ("collaborate with children and their carers") and the HM Inspectorate of
   * Probation youth standards ask for parents/carers to be involved for every child. A YOS that
   * decides 16- and 17-year-olds' parental involvement case by case can set 16.
   *
   * @default 18
   */
  involvementExpectedBelowAge: z.int().min(10).max(18).default(18),
  /**
   * Days after the assessment is signed off (or completed, if not yet signed off) by which
   * support should be offered to parents/carers when the assessment found parenting or family
   * factors. Default 28: a local practice default, not national guidance.
   *
   * @default 28
   */
  supportOfferWithinDays: z.int().min(0).max(365).default(28),
});

/** Parent and carer involvement numbers. */
export type InvolvementPolicy = z.infer<typeof InvolvementPolicySchema>;
