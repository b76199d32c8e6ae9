import { z } from 'zod';
import { issuesFromZod } from '../../errors/fromZod.js';
import { err, ok, type Result } from '../../errors/result.js';
import { YjplanError } from '../../errors/YjplanError.js';
import { DISPOSAL_TYPES, type DisposalType } from '../../law/disposals.js';
import { DeliveryPolicySchema } from './deliveryPolicy.js';
import { InvolvementPolicySchema } from './involvementPolicy.js';
import { PlanPolicySchema } from './planPolicy.js';
import { ReviewPolicySchema } from './reviewPolicy.js';

const sections = {
  plan: PlanPolicySchema,
  involvement: InvolvementPolicySchema,
  delivery: DeliveryPolicySchema,
  reviews: ReviewPolicySchema,
};

const SectionOverridesSchema = z.strictObject({
  plan: PlanPolicySchema.partial().optional(),
  involvement: InvolvementPolicySchema.partial().optional(),
  delivery: DeliveryPolicySchema.partial().optional(),
  reviews: ReviewPolicySchema.partial().optional(),
});

/**
 * The numbers the checks judge by: documented defaults (from YJB guidance and the evidence
 * base; never law) that a YOS can override, and override again per disposal type. Every field
 * has a default, so `{}` is the default policy.
 *
 * @example
 * parsePolicy({ reviews: { intervalMonths: 2 }, byDisposalType: { 'referral-order': { reviews: { intervalMonths: 3 } } } });
 */
export const PolicySchema = z.strictObject({
  plan: sections.plan.prefault({}),
  involvement: sections.involvement.prefault({}),
  delivery: sections.delivery.prefault({}),
  reviews: sections.reviews.prefault({}),
  byDisposalType: z.partialRecord(z.enum(DISPOSAL_TYPES), SectionOverridesSchema).default({}),
});

/** A validated policy. */
export type Policy = z.infer<typeof PolicySchema>;
/** What a YOS passes as its policy: any subset of the fields. */
export type PolicyInput = z.input<typeof PolicySchema>;
/** The policy that applies to one case, after its disposal type's overrides. */
export type ResolvedPolicy = Omit<Policy, 'byDisposalType'>;

/**
 * The default policy: every number at its documented default.
 *
 * @example
 * defaultPolicy.reviews.intervalMonths; // 3
 */
export const defaultPolicy: Policy = PolicySchema.parse({});

/**
 * Validates a policy object, filling in defaults.
 *
 * @throws {YjplanError} `invalid_policy` with the path of each bad field.
 * @example
 * const policy = parsePolicy(JSON.parse(yosPolicyJson));
 */
export function parsePolicy(input: unknown): Policy {
  const r = safeParsePolicy(input);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * The result form of {@link parsePolicy}.
 *
 * @example
 * const r = safeParsePolicy(input);
 */
export function safeParsePolicy(input: unknown): Result<Policy> {
  if (input === undefined) return ok(defaultPolicy);
  const r = PolicySchema.safeParse(input);
  if (r.success) return ok(r.data);
  const issues = issuesFromZod(r.error);
  return err(
    new YjplanError(
      'invalid_policy',
      `Invalid policy at ${issues[0]?.path.join('.') || '(root)'}`,
      issues,
    ),
  );
}

/**
 * The policy for one disposal type: the YOS's numbers with that type's overrides laid over them.
 *
 * @example
 * resolvePolicy(policy, 'referral-order').reviews.intervalMonths;
 */
export function resolvePolicy(policy: Policy, disposalType: DisposalType): ResolvedPolicy {
  const over = policy.byDisposalType[disposalType];
  return {
    plan: { ...policy.plan, ...over?.plan },
    involvement: { ...policy.involvement, ...over?.involvement },
    delivery: { ...policy.delivery, ...over?.delivery },
    reviews: { ...policy.reviews, ...over?.reviews },
  };
}
