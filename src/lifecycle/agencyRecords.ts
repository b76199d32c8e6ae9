import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import {
  AgencyCopySchema,
  AgencyPlanSchema,
  CaseMeetingSchema,
  ProfessionalSchema,
  SharingBasisEndReasonSchema,
  SharingBasisSchema,
} from '../model/agencies.js';
import { IsoDateSchema } from '../model/dates.js';
import { IdSchema, TextSchema } from '../model/ids.js';
import {
  HandoverSchema,
  TransitionDecisionSchema,
  TransitionReviewSchema,
} from '../model/transition.js';
import {
  MappaManagementSchema,
  RestorativeJusticeOfferSchema,
  VictimContactSchema,
  VictimSchema,
} from '../model/victims.js';

// The parts of the case record about other agencies, victims and the hand-over at 18 (the
// events in events/agencies.ts, events/victims.ts and events/handover.ts write them).

const by = { by: IdSchema };
const EndedSchema = z.strictObject({ on: IsoDateSchema, by: IdSchema });

/** @internal A basis for sharing as recorded, and when it ended. */
export const SharingBasisRecordSchema = z.strictObject({
  basis: SharingBasisSchema,
  by: IdSchema,
  ended: EndedSchema.extend({
    reason: SharingBasisEndReasonSchema,
    detail: TextSchema.optional(),
  }).optional(),
});

/** @internal A copy of the plan sent to an agency, with who recorded it. */
export const AgencyCopyRecordSchema = AgencyCopySchema.extend(by);

/** @internal A meeting as recorded (its copies are the case's `agencyCopies` naming it). */
export const MeetingRecordSchema = z.strictObject({ meeting: CaseMeetingSchema, by: IdSchema });

/** @internal A lead professional for the case, from a date. */
export const LeadProfessionalRecordSchema = z.strictObject({
  on: IsoDateSchema,
  lead: ProfessionalSchema,
  by: IdSchema,
});

/** @internal Another agency's plan linked to the case, its reviews and its end. */
export const AgencyPlanRecordSchema = z.strictObject({
  plan: AgencyPlanSchema,
  by: IdSchema,
  reviews: z.array(
    z.strictObject({
      on: IsoDateSchema,
      nextReviewOn: IsoDateSchema.optional(),
      by: IdSchema,
    }),
  ),
  ended: EndedSchema.extend({ reason: TextSchema.optional() }).optional(),
});

/** @internal A victim with the contact made and restorative justice offered. */
export const VictimRecordSchema = z.strictObject({
  victim: VictimSchema,
  recordedOn: IsoDateSchema,
  by: IdSchema,
  contacts: z.array(VictimContactSchema.omit({ victimId: true }).extend(by)),
  restorativeJustice: z.array(RestorativeJusticeOfferSchema.omit({ victimId: true }).extend(by)),
});

/** @internal MAPPA management as recorded, and when it ended. */
export const MappaRecordSchema = MappaManagementSchema.extend({
  ...by,
  ended: EndedSchema.optional(),
});

/** @internal The parts of the case record added for multi-agency work and the hand-over. */
export const AGENCY_RECORD_FIELDS = {
  sharingBases: z.array(SharingBasisRecordSchema).default([]),
  agencyCopies: z.array(AgencyCopyRecordSchema).default([]),
  meetings: z.array(MeetingRecordSchema).default([]),
  leadProfessionals: z.array(LeadProfessionalRecordSchema).default([]),
  agencyPlans: z.array(AgencyPlanRecordSchema).default([]),
  victims: z.array(VictimRecordSchema).default([]),
  mappa: z.array(MappaRecordSchema).default([]),
  transitionDecisions: z.array(TransitionDecisionSchema.and(z.object(by))).default([]),
  handover: HandoverSchema.extend(by).optional(),
  transitionReviews: z.array(TransitionReviewSchema.extend(by)).default([]),
};

/**
 * A basis for sharing with an agency, as the case records it.
 *
 * @example
 * const bases: readonly SharingBasisRecord[] = state.record.sharingBases;
 */
export type SharingBasisRecord = Immutable<z.output<typeof SharingBasisRecordSchema>>;
/**
 * A meeting, as the case records it.
 *
 * @example
 * const meetings: readonly MeetingRecord[] = state.record.meetings;
 */
export type MeetingRecord = Immutable<z.output<typeof MeetingRecordSchema>>;
/**
 * Another agency's plan, as the case records it.
 *
 * @example
 * const linked: readonly AgencyPlanRecord[] = state.record.agencyPlans;
 */
export type AgencyPlanRecord = Immutable<z.output<typeof AgencyPlanRecordSchema>>;
/**
 * A victim, as the case records them.
 *
 * @example
 * const victims: readonly VictimRecord[] = state.record.victims;
 */
export type VictimRecord = Immutable<z.output<typeof VictimRecordSchema>>;
