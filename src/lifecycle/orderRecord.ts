import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from '../model/dates.js';
import { DisposalSchema } from '../model/disposal/index.js';
import { IdSchema } from '../model/ids.js';
import {
  CustodyDatesSchema,
  OrderVariationSchema,
  ReferralOrderContractSchema,
  RevocationSchema,
} from '../model/orders/index.js';
import { RemandOrBailSchema } from '../model/remand.js';

// The orders a case holds over its life, as the record keeps them: each order as the court made
// it, with what happened to it afterwards (the contract agreed, the variations, a revocation,
// custody dates learnt later). The order as it stood on a day is worked out from these
// (`ordersInForce`); nothing here is ever edited, only added to.

/** Who recorded a change, and in which event. */
const Recorded = { recordedBy: IdSchema, eventId: IdSchema };

/**
 * @internal How an order came into the case: with the case (`opening`), at sentence after bail or
 * remand (`sentence`), instead of a revoked order (`resentence`), or beside the case's order (a
 * concurrent order, or a DTO consecutive to another: `further-order`).
 */
export const OrderMadeHowSchema = z.enum(['opening', 'sentence', 'resentence', 'further-order']);

const OrderRecordSchema = z.strictObject({
  /** The order as the court (or the police, out of court) made it: never changed afterwards. */
  order: DisposalSchema,
  /**
   * `principal`: the order the case is about (the one it opened with, or was sentenced to, or a
   * resentence replacing it); `further`: an order made beside it.
   */
  role: z.enum(['principal', 'further']),
  made: z.strictObject({ on: IsoDateSchema, how: OrderMadeHowSchema, ...Recorded }),
  /** The order this one replaced on resentence. */
  replaces: IdSchema.optional(),
  /** The youth offender contract agreed at the panel (referral orders). */
  contract: ReferralOrderContractSchema.and(z.object(Recorded)).optional(),
  /** Variations in the order they were made (each dated on or after the one before). */
  variations: z.array(
    OrderVariationSchema.and(z.object({ ...Recorded, breachOutcomeId: IdSchema.optional() })),
  ),
  revocation: RevocationSchema.and(
    z.object({ ...Recorded, breachOutcomeId: IdSchema.optional() }),
  ).optional(),
  /** Custody dates learnt after sentence, each recorded on `on` (the newest wins). */
  custodyDates: z.array(CustodyDatesSchema.and(z.object({ ...Recorded, on: IsoDateSchema }))),
  /** The day the child was released from the custodial part of this order. */
  releasedOn: IsoDateSchema.optional(),
});

/**
 * One order the case holds, with everything that happened to it after it was made. Read the order
 * as it stood on a day with `ordersInForce`.
 *
 * @example
 * const contractOn = state.record.orders[0]?.contract?.agreedOn;
 */
export type OrderRecord = Immutable<z.output<typeof OrderRecordSchema>>;

/** @internal The record's list of orders. */
export const OrdersSchema = z.array(OrderRecordSchema).default([]);

const BailOrRemandRecordSchema = RemandOrBailSchema.and(
  z.object({
    ...Recorded,
    /** The day bail or remand ended: sentence, a later decision, acquittal or case closure. */
    endedOn: IsoDateSchema.optional(),
  }),
);

/**
 * Bail or remand the case recorded (a case may open on one, before any sentence), with the day it
 * ended once a sentence or a later decision replaced it.
 *
 * @example
 * const current = state.record.bailAndRemand.findLast((r: BailOrRemandRecord) => r.endedOn === undefined);
 */
export type BailOrRemandRecord = Immutable<z.output<typeof BailOrRemandRecordSchema>>;

/** @internal The record's list of bail and remand decisions. */
export const BailAndRemandSchema = z.array(BailOrRemandRecordSchema).default([]);
