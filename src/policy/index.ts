import * as z from 'zod';
import { deepFreeze } from '../_lib/freeze.js';
import { errorFromZod } from '../errors/fromZod.js';
import { libraryParseOptions } from '../errors/messages.js';
import { err, ok, type Result } from '../errors/result.js';
import { YjplanError } from '../errors/YjplanError.js';
import { DISPOSAL_TYPES, type DisposalType } from '../law/disposals.js';
import { type InterventionLevel, InterventionLevelSchema } from '../model/assessment.js';
import { type DeliveryPolicy, DeliveryPolicySchema } from './deliveryPolicy.js';
import { type InvolvementPolicy, InvolvementPolicySchema } from './involvementPolicy.js';
import { type DeepPartial, mergeOver, overrideOf } from './overrides.js';
import { type PlanPolicy, PlanPolicySchema } from './planPolicy.js';
import { type ReviewPolicy, ReviewPolicySchema } from './reviewPolicy.js';

const sections = {
  plan: PlanPolicySchema,
  involvement: InvolvementPolicySchema,
  delivery: DeliveryPolicySchema,
  reviews: ReviewPolicySchema,
};

type SectionName = keyof typeof sections;
const SECTION_NAMES = Object.keys(sections) as SectionName[];

/** The four sections of a policy, every number filled in. */
interface Sections {
  readonly plan: PlanPolicy;
  readonly involvement: InvolvementPolicy;
  readonly delivery: DeliveryPolicy;
  readonly reviews: ReviewPolicy;
}

/**
 * An override of the policy's sections: any subset of their fields, at any depth.
 *
 * @example
 * const intensive: PolicyOverride = { reviews: { intervalMonths: 1 }, plan: { exitPlanNoticeWeeks: 12 } };
 */
export type PolicyOverride = { readonly [K in SectionName]?: DeepPartial<Sections[K]> };

const SectionOverridesSchema = z.strictObject({
  plan: overrideOf(PlanPolicySchema).optional(),
  involvement: overrideOf(InvolvementPolicySchema).optional(),
  delivery: overrideOf(DeliveryPolicySchema).optional(),
  reviews: overrideOf(ReviewPolicySchema).optional(),
});

const LevelOverridesSchema = z.partialRecord(InterventionLevelSchema, SectionOverridesSchema);

const DisposalOverridesSchema = SectionOverridesSchema.extend({
  byInterventionLevel: LevelOverridesSchema.optional(),
});

// Policies are frozen, like case states: every parsed policy shares the default sections it
// does not override, so one caller's write would otherwise change the numbers for everyone.
const defaults: Sections = deepFreeze({
  plan: PlanPolicySchema.parse({}),
  involvement: InvolvementPolicySchema.parse({}),
  delivery: DeliveryPolicySchema.parse({}),
  reviews: ReviewPolicySchema.parse({}),
});

/** One layer of overrides and where it sits in the policy, for issue paths. */
interface Layer {
  readonly over: PolicyOverride | undefined;
  readonly path: readonly (string | number)[];
}

/** Lays the layers over the base section by section (most specific last); issues at the last layer's path. */
function layered(
  base: Sections,
  layers: readonly Layer[],
): { sections: Sections; issues: z.core.$ZodIssue[] } {
  const out: Record<string, unknown> = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const name of SECTION_NAMES) {
    let merged: unknown = base[name];
    let at: readonly (string | number)[] = [];
    let changed = false;
    for (const { over, path } of layers) {
      if (over?.[name] === undefined) continue;
      merged = mergeOver(sections[name], merged, over[name]);
      at = path;
      changed = true;
    }
    if (!changed) {
      out[name] = merged;
      continue;
    }
    const r = sections[name].safeParse(merged);
    if (r.success) out[name] = r.data;
    else {
      for (const issue of r.error.issues) {
        issues.push({ ...issue, path: [...at, name, ...issue.path] } as z.core.$ZodIssue);
      }
    }
  }
  return { sections: out as unknown as Sections, issues };
}

/** The layers that apply to one disposal type and intervention level, least specific first. */
function layersFor(
  policy: Pick<Policy, 'byInterventionLevel' | 'byDisposalType'>,
  type: DisposalType | undefined,
  level: InterventionLevel | undefined,
): Layer[] {
  const byType = type === undefined ? undefined : policy.byDisposalType[type];
  const layers: Layer[] = [];
  if (level !== undefined) {
    layers.push({ over: policy.byInterventionLevel[level], path: ['byInterventionLevel', level] });
  }
  if (type !== undefined) layers.push({ over: byType, path: ['byDisposalType', type] });
  if (type !== undefined && level !== undefined) {
    layers.push({
      over: byType?.byInterventionLevel?.[level],
      path: ['byDisposalType', type, 'byInterventionLevel', level],
    });
  }
  return layers;
}

/** Passes an issue of a merged section on, at its place in the policy. */
function report(ctx: z.core.$RefinementCtx, issue: z.core.$ZodIssue): void {
  ctx.addIssue({ code: 'custom', path: issue.path as PropertyKey[], message: issue.message });
}

/** The policy schema as zod infers it; exported below with its type written small. */
const PolicyFieldsSchema = z
  .strictObject({
    plan: overrideOf(PlanPolicySchema).optional(),
    involvement: overrideOf(InvolvementPolicySchema).optional(),
    delivery: overrideOf(DeliveryPolicySchema).optional(),
    reviews: overrideOf(ReviewPolicySchema).optional(),
    byInterventionLevel: LevelOverridesSchema.default({}),
    byDisposalType: z.partialRecord(z.enum(DISPOSAL_TYPES), DisposalOverridesSchema).default({}),
  })
  .transform((input, ctx): Policy => {
    const top = layered(defaults, [{ over: input, path: [] }]);
    for (const issue of top.issues) report(ctx, issue);
    const overrides = {
      byInterventionLevel: input.byInterventionLevel as Policy['byInterventionLevel'],
      byDisposalType: input.byDisposalType as Policy['byDisposalType'],
    };
    if (top.issues.length > 0) return z.NEVER;
    // Every combination of layers the policy names is validated once, here.
    const levels = new Set<InterventionLevel>(
      Object.keys(input.byInterventionLevel) as InterventionLevel[],
    );
    const types = Object.keys(input.byDisposalType) as DisposalType[];
    for (const type of types) {
      for (const l of Object.keys(input.byDisposalType[type]?.byInterventionLevel ?? {})) {
        levels.add(l as InterventionLevel);
      }
    }
    const combinations: [DisposalType | undefined, InterventionLevel | undefined][] = [
      ...[...levels].map((l) => [undefined, l] as [undefined, InterventionLevel]),
      ...types.flatMap((t) => [
        [t, undefined] as [DisposalType, undefined],
        ...[...levels].map((l) => [t, l] as [DisposalType, InterventionLevel]),
      ]),
    ];
    const seen = new Set<string>();
    for (const [type, level] of combinations) {
      for (const issue of layered(top.sections, layersFor(overrides, type, level)).issues) {
        const key = issue.path.join('.') + issue.message;
        if (seen.has(key)) continue;
        seen.add(key);
        report(ctx, issue);
      }
    }
    return { ...top.sections, ...overrides };
  });

/**
 * The numbers the checks judge by: documented defaults (from YJB guidance and the evidence
 * base; never law) that a YOS can override, then override again per intervention level
 * (`byInterventionLevel`), per disposal type (`byDisposalType`) and per disposal type and level
 * (`byDisposalType[type].byInterventionLevel`). Every layer says only what it changes: objects
 * merge field by field over the layer below (the defaults at the bottom), lists and records
 * (`stabilityDomains`, `agencyDomains`) are replaced whole. Every field has a default, so `{}`
 * is the default policy. Each combination of layers is validated when the policy is parsed.
 *
 * @example
 * parsePolicy({
 *   plan: { contactsPerMonth: { standard: { min: 1 } } }, // max stays 3
 *   byInterventionLevel: { intensive: { reviews: { intervalMonths: 1 } } },
 *   byDisposalType: { 'referral-order': { reviews: { intervalMonths: 3 } } },
 * });
 */
export const PolicySchema: z.ZodType<Policy, PolicyInput> = PolicyFieldsSchema;

/** @internal The policy schema with the type zod infers (for the type test of {@link PolicyInput}). */
export type InferredPolicyInput = z.input<typeof PolicyFieldsSchema>;

/** A validated policy: every section filled in, and the overrides by level and disposal type. */
export interface Policy extends Sections {
  readonly byInterventionLevel: Partial<Record<InterventionLevel, PolicyOverride>>;
  readonly byDisposalType: Partial<
    Record<
      DisposalType,
      PolicyOverride & {
        readonly byInterventionLevel?: Partial<Record<InterventionLevel, PolicyOverride>>;
      }
    >
  >;
}
/**
 * What a YOS passes as its policy: any subset of the fields, at the top, per intervention level,
 * per disposal type, and per disposal type and level. Declared rather than inferred from
 * {@link PolicySchema} (a type test keeps the two the same), so a host's types stay small.
 *
 * @example
 * const policy: PolicyInput = { reviews: { intervalMonths: 2 }, byDisposalType: { yro: { plan: { exitPlanNoticeWeeks: 8 } } } };
 */
export interface PolicyInput extends PolicyOverride {
  readonly byInterventionLevel?: Partial<Record<InterventionLevel, PolicyOverride>>;
  readonly byDisposalType?: Partial<
    Record<
      DisposalType,
      PolicyOverride & {
        readonly byInterventionLevel?: Partial<Record<InterventionLevel, PolicyOverride>>;
      }
    >
  >;
}
/** The policy that applies to one case, after its intervention level's and disposal type's overrides. */
export type ResolvedPolicy = Sections;

/**
 * The default policy: every number at its documented default.
 *
 * @example
 * defaultPolicy.reviews.intervalMonths; // 3
 */
export const defaultPolicy: Policy = deepFreeze(PolicySchema.parse({}));

/** Policies this module made: parsing one again returns it as it is. */
const parsed = new WeakSet<object>([defaultPolicy]);

/**
 * Validates a policy object, filling in defaults. A policy it returned before is returned as is.
 * Errors have the code `invalid_policy`, with the path of each bad field.
 *
 * @example
 * const r = safeParsePolicy(input);
 */
export function safeParsePolicy(input: unknown): Result<Policy> {
  if (input === undefined) return ok(defaultPolicy);
  if (typeof input === 'object' && input !== null && parsed.has(input)) {
    return ok(input as Policy);
  }
  const r = PolicySchema.safeParse(input, libraryParseOptions);
  if (r.success) {
    parsed.add(deepFreeze(r.data));
    return ok(r.data);
  }
  // The message names where, never an unknown key itself: keys belong in the issues' paths.
  return err(errorFromZod(r.error, 'policy', { code: 'invalid_policy' }));
}

/**
 * The policy for one case: the YOS's numbers with the overrides for its intervention level,
 * its disposal type, and its disposal type and level laid over them, most specific last
 * (objects merge field by field; lists and records are replaced). Without a level, only the
 * disposal type's own overrides apply; without a type (a case on bail or remand, not yet
 * sentenced), only the level's. Resolved once per policy, type and level.
 *
 * @example
 * resolvePolicy(policy, 'referral-order').reviews.intervalMonths;
 * resolvePolicy(policy, 'yro', 'intensive').plan.exitPlanNoticeWeeks;
 */
export function resolvePolicy(
  policy: Policy,
  disposalType: DisposalType | undefined,
  interventionLevel?: InterventionLevel,
): ResolvedPolicy {
  let cache = resolved.get(policy);
  if (!cache) {
    cache = new Map();
    resolved.set(policy, cache);
  }
  const key = `${disposalType}/${interventionLevel ?? ''}`;
  let result = cache.get(key);
  if (!result) {
    const base: Sections = {
      plan: policy.plan,
      involvement: policy.involvement,
      delivery: policy.delivery,
      reviews: policy.reviews,
    };
    const merged = layered(base, layersFor(policy, disposalType, interventionLevel));
    if (merged.issues.length > 0) {
      throw new YjplanError('invalid_policy', 'Invalid policy for this disposal type and level');
    }
    result = merged.sections;
    cache.set(key, deepFreeze(result));
  }
  return result;
}

/** Resolved policies, per policy object and disposal type and level: a caseload resolves each once. */
const resolved = new WeakMap<Policy, Map<string, ResolvedPolicy>>();
