import * as z from 'zod';
import { issuesFromZod } from '../../errors/fromZod.js';
import { libraryParseOptions } from '../../errors/messages.js';
import { err, ok, type Result } from '../../errors/result.js';
import { YjplanError } from '../../errors/YjplanError.js';
import { DISPOSAL_TYPES, type DisposalType } from '../../law/disposals.js';
import { DeliveryPolicySchema } from './deliveryPolicy.js';
import { InvolvementPolicySchema } from './involvementPolicy.js';
import { deepMerge, overrideOf } from './overrides.js';
import { PlanPolicySchema } from './planPolicy.js';
import { ReviewPolicySchema } from './reviewPolicy.js';

const sections = {
  plan: PlanPolicySchema,
  involvement: InvolvementPolicySchema,
  delivery: DeliveryPolicySchema,
  reviews: ReviewPolicySchema,
};

type SectionName = keyof typeof sections;
const SECTION_NAMES = Object.keys(sections) as SectionName[];

const SectionOverridesSchema = z.strictObject({
  plan: overrideOf(PlanPolicySchema).optional(),
  involvement: overrideOf(InvolvementPolicySchema).optional(),
  delivery: overrideOf(DeliveryPolicySchema).optional(),
  reviews: overrideOf(ReviewPolicySchema).optional(),
});

/**
 * The numbers the checks judge by: documented defaults (from YJB guidance and the evidence
 * base; never law) that a YOS can override, and override again per disposal type. Every field
 * has a default, so `{}` is the default policy.
 *
 * @example
 * parsePolicy({ reviews: { intervalMonths: 2 }, byDisposalType: { 'referral-order': { reviews: { intervalMonths: 3 } } } });
 */
export const PolicySchema = z
  .strictObject({
    plan: sections.plan.prefault({}),
    involvement: sections.involvement.prefault({}),
    delivery: sections.delivery.prefault({}),
    reviews: sections.reviews.prefault({}),
    byDisposalType: z.partialRecord(z.enum(DISPOSAL_TYPES), SectionOverridesSchema).default({}),
  })
  .superRefine((policy, ctx) => {
    // An override is valid when the section it produces is: check each merged result once here.
    for (const [type, over] of Object.entries(policy.byDisposalType)) {
      for (const name of SECTION_NAMES) {
        const merged = sections[name].safeParse(
          deepMerge(policy[name] as never, over?.[name] as never),
        );
        for (const issue of merged.success ? [] : merged.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: ['byDisposalType', type, name, ...issue.path.map(String)],
            message: issue.message,
          });
        }
      }
    }
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
  const r = PolicySchema.safeParse(input, libraryParseOptions);
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
 * The policy for one disposal type: the YOS's numbers with that type's overrides laid over them
 * (objects merge field by field; lists are replaced). Resolved once per policy and type.
 *
 * @example
 * resolvePolicy(policy, 'referral-order').reviews.intervalMonths;
 */
export function resolvePolicy(policy: Policy, disposalType: DisposalType): ResolvedPolicy {
  let byType = resolved.get(policy);
  if (!byType) {
    byType = new Map();
    resolved.set(policy, byType);
  }
  let result = byType.get(disposalType);
  if (!result) {
    const over = policy.byDisposalType[disposalType];
    result = {
      plan: over?.plan ? PlanPolicySchema.parse(deepMerge(policy.plan, over.plan)) : policy.plan,
      involvement: over?.involvement
        ? InvolvementPolicySchema.parse(deepMerge(policy.involvement, over.involvement))
        : policy.involvement,
      delivery: over?.delivery
        ? DeliveryPolicySchema.parse(deepMerge(policy.delivery, over.delivery))
        : policy.delivery,
      reviews: over?.reviews
        ? ReviewPolicySchema.parse(deepMerge(policy.reviews, over.reviews))
        : policy.reviews,
    };
    byType.set(disposalType, result);
  }
  return result;
}

/** Resolved policies, per policy object and disposal type: a caseload resolves each once. */
const resolved = new WeakMap<Policy, Map<DisposalType, ResolvedPolicy>>();
