import * as z from 'zod';
import type { Immutable } from '../../_lib/immutable.js';
import { issuesFromZod } from '../../errors/fromZod.js';
import { libraryParseOptions } from '../../errors/messages.js';
import { err, ok, type Result } from '../../errors/result.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { contractVariation, referralOrderExtension, yroChanges } from '../../law/orderChanges.js';
import { IsoDateSchema } from '../dates.js';
import { disposalEndDate, disposalStartDate } from '../disposal/derived.js';
import { ContractElementSchema } from '../disposal/firstTier.js';
import { type YroRequirement, YroRequirementSchema } from '../disposal/requirements.js';
import { type Disposal, type DisposalOf, DisposalSchema } from '../disposal/schema.js';
import { IdSchema, TextSchema } from '../ids.js';
import { at, refused } from './issues.js';

const common = {
  orderId: IdSchema,
  /** The day the court or panel made the change. */
  on: IsoDateSchema,
  /** Why: breach, an application by the child or the responsible officer, a review, a referral back. */
  reason: z.enum(['breach', 'application', 'review', 'referral-back']),
  /** Ids of requirements or contract terms removed. */
  removed: z.array(IdSchema).optional(),
  note: TextSchema.optional(),
};

/**
 * A change to a youth rehabilitation order made by a court, on breach (Sentencing Act 2020 Sch. 7
 * paras. 6-10) or on application (paras. 15-19): requirements added, removed or replaced (a
 * replacement keeps the id of the requirement it replaces), and on breach a later end date.
 *
 * @example
 * YroVariationSchema.parse({ order: 'youth-rehabilitation-order', orderId: 'yro-1', on: '2025-11-04', by: 'court', reason: 'breach', added: [{ id: 'req-upw', kind: 'unpaid-work', hours: 20 }] });
 */
export const YroVariationSchema = z.strictObject({
  order: z.literal('youth-rehabilitation-order'),
  ...common,
  by: z.enum(['court', 'youth-offender-panel']),
  added: z.array(YroRequirementSchema).optional(),
  replaced: z.array(YroRequirementSchema).optional(),
  /** The later end date a court substitutes on breach (at most 6 months later, once). */
  newEndDate: IsoDateSchema.optional(),
});

/**
 * A change to a referral order: contract terms added, removed or replaced by the youth offender
 * panel with the child, or the compliance period extended by a court on referral back (at most
 * 3 months, at most 12 in all).
 *
 * @example
 * ReferralOrderVariationSchema.parse({ order: 'referral-order', orderId: 'ro-1', on: '2026-01-12', by: 'court', reason: 'referral-back', extensionMonths: 2 });
 */
export const ReferralOrderVariationSchema = z.strictObject({
  order: z.literal('referral-order'),
  ...common,
  by: z.enum(['court', 'youth-offender-panel']),
  added: z.array(ContractElementSchema).optional(),
  replaced: z.array(ContractElementSchema).optional(),
  /** Months added to the compliance period by the court (1 to 3). */
  extensionMonths: z.int().min(1).max(referralOrderExtension.maxExtensionMonths).optional(),
});

/**
 * A variation of an order in force, discriminated on `order` (the kind of order it changes).
 *
 * @example
 * OrderVariationSchema.parse(json);
 */
export const OrderVariationSchema = z.discriminatedUnion('order', [
  YroVariationSchema,
  ReferralOrderVariationSchema,
]);

/**
 * A variation of an order; see {@link OrderVariationSchema}.
 *
 * @example
 * const v: OrderVariation = parseOrderVariation(json);
 */
export type OrderVariation = Immutable<z.infer<typeof OrderVariationSchema>>;

type Item = { readonly id: string; readonly kind: string };

/** @internal Removes and replaces items by id; issues for ids the order does not hold. */
function edit<T extends Item>(
  items: readonly T[],
  v: { removed?: readonly string[] | undefined; replaced?: readonly T[] | undefined },
  sameKind: boolean,
  out: YjplanIssue[],
): T[] {
  const ids = new Set(items.map((i) => i.id));
  (v.removed ?? []).forEach((id, i) => {
    if (!ids.has(id))
      out.push(
        at(['removed', i], 'reference_not_found', 'The order holds no requirement with this id'),
      );
  });
  const replacing = new Map<string, T>();
  (v.replaced ?? []).forEach((r, i) => {
    const old = items.find((o) => o.id === r.id);
    if (!old) {
      out.push(
        at(
          ['replaced', i, 'id'],
          'reference_not_found',
          'The order holds no requirement with this id',
        ),
      );
    } else if (sameKind && old.kind !== r.kind) {
      out.push(
        at(
          ['replaced', i, 'kind'],
          'order_change_not_allowed',
          `On an application a requirement is replaced only by one of the same kind (${yroChanges.onApplication.source})`,
        ),
      );
    }
    replacing.set(r.id, r);
  });
  const removed = new Set(v.removed ?? []);
  return items.filter((i) => !removed.has(i.id)).map((i) => replacing.get(i.id) ?? i);
}

type Yro = DisposalOf<
  | 'youth-rehabilitation-order'
  | 'youth-rehabilitation-order-iss'
  | 'youth-rehabilitation-order-fostering'
>;

/** @internal A YRO as varied, with the issues the variation itself raises. */
function varyYro(
  d: Yro,
  v: Immutable<z.infer<typeof YroVariationSchema>>,
  out: YjplanIssue[],
): Yro {
  if (v.by !== 'court') {
    out.push(
      at(
        ['by'],
        'order_change_not_allowed',
        'Only a court varies a youth rehabilitation order (Sentencing Act 2020 Sch. 7)',
      ),
    );
  }
  const onBreach = v.reason === 'breach';
  if (!onBreach && v.added !== undefined && v.added.length > 0) {
    out.push(
      at(
        ['added'],
        'order_change_not_allowed',
        `Except on breach, a court only cancels or replaces requirements (${yroChanges.onApplication.source})`,
      ),
    );
  }
  let endDate = d.endDate;
  let endDateBeforeBreach = d.endDateBeforeBreach;
  if (v.newEndDate !== undefined) {
    if (!onBreach) {
      out.push(
        at(
          ['newEndDate'],
          'order_change_not_allowed',
          `A later end date is substituted only on breach (${yroChanges.onBreach.source})`,
        ),
      );
    } else if (d.endDateBeforeBreach !== undefined) {
      out.push(
        at(
          ['newEndDate'],
          'order_change_not_allowed',
          `A later end date may be substituted only once for an order (${yroChanges.onBreach.source})`,
        ),
      );
    } else {
      endDateBeforeBreach = d.endDate;
      endDate = v.newEndDate;
    }
  }
  const hadUnpaidWork = d.requirements.some((r) => r.kind === 'unpaid-work');
  const added: YroRequirement[] = [...(v.added ?? [])];
  added.forEach((r, i) => {
    if (r.kind === 'unpaid-work' && r.imposedOnBreach === true && (!onBreach || hadUnpaidWork)) {
      out.push(
        at(
          ['added', i, 'imposedOnBreach'],
          'order_change_not_allowed',
          `The lower breach minimum applies only to unpaid work imposed on breach of an order that had none (${yroChanges.unpaidWorkOnBreachSource})`,
        ),
      );
    }
  });
  const requirements = [...edit(d.requirements, v, !onBreach, out), ...added];
  return {
    ...d,
    endDate,
    ...(endDateBeforeBreach !== undefined && { endDateBeforeBreach }),
    requirements,
  };
}

type Referral = DisposalOf<'referral-order'>;

/** @internal A referral order as varied, with the issues the variation itself raises. */
function varyReferral(
  d: Referral,
  v: Immutable<z.infer<typeof ReferralOrderVariationSchema>>,
  out: YjplanIssue[],
): Referral {
  const contract = d.contract ?? [];
  const changesTerms =
    (v.added?.length ?? 0) + (v.removed?.length ?? 0) + (v.replaced?.length ?? 0) > 0;
  if (contract.length === 0 && (changesTerms || v.extensionMonths !== undefined)) {
    out.push(
      at(
        ['orderId'],
        'order_change_not_allowed',
        'The order has no agreed contract yet: record the contract first',
      ),
    );
  }
  let lengthMonths = d.lengthMonths;
  if (v.extensionMonths !== undefined) {
    if (v.by !== 'court' || contractVariation.panelMayChangeLength) {
      out.push(
        at(
          ['extensionMonths'],
          'order_change_not_allowed',
          `Only a court extends a referral order (${contractVariation.source})`,
        ),
      );
    } else if (d.lengthMonths + v.extensionMonths > referralOrderExtension.maxTotalMonths) {
      out.push(
        at(
          ['extensionMonths'],
          'order_change_not_allowed',
          `A referral order extended on referral back runs for at most ${referralOrderExtension.maxTotalMonths} months in all (${referralOrderExtension.source})`,
        ),
      );
    } else {
      lengthMonths = d.lengthMonths + v.extensionMonths;
    }
  }
  const terms = [...edit(contract, v, false, out), ...(v.added ?? [])];
  return { ...d, lengthMonths, ...(contract.length > 0 && { contract: terms }) };
}

/**
 * The order as a variation leaves it, or the issues that refuse the variation: the variation must
 * name the order and fall while it is in force; a YRO is varied by a court (new requirements on
 * breach, cancelled or same-kind replacements on application, one later end date on breach); a
 * referral order's terms change with the panel, its length only by a court on referral back. The
 * result is checked as a whole against the disposal's law (paths under `resultingOrder`). Pure:
 * neither input changes.
 *
 * @example
 * const r = varyOrder(yro, { order: 'youth-rehabilitation-order', orderId: 'yro-1', on: '2025-11-04', by: 'court', reason: 'breach', newEndDate: '2028-08-01' });
 * if (r.ok) disposalEndDate(r.value); // '2028-08-01'
 */
export function varyOrder(disposal: Disposal, variation: OrderVariation): Result<Disposal> {
  const out: YjplanIssue[] = [];
  if (variation.orderId !== disposal.id) {
    out.push(
      at(['orderId'], 'reference_not_found', 'The variation names an order the case does not hold'),
    );
  }
  const start = disposalStartDate(disposal);
  const end = disposalEndDate(disposal);
  if (variation.on < start || (end !== undefined && variation.on > end)) {
    out.push(
      at(['on'], 'order_change_not_allowed', 'An order is varied only while it is in force'),
    );
  }
  let varied: Disposal;
  if (variation.order === 'referral-order' && disposal.type === 'referral-order') {
    varied = varyReferral(disposal, variation, out);
  } else if (variation.order === 'youth-rehabilitation-order' && 'requirements' in disposal) {
    varied = varyYro(disposal, variation, out);
  } else {
    out.push(
      at(['order'], 'order_change_not_allowed', 'The variation is for another kind of order'),
    );
    return err(refused('order variation', out));
  }
  if (out.length > 0) return err(refused('order variation', out));
  const checked = DisposalSchema.safeParse(varied, libraryParseOptions);
  if (!checked.success) {
    return err(refused('order variation', issuesFromZod(checked.error, ['resultingOrder'])));
  }
  return ok(checked.data);
}
