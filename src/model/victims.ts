import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * A victim of the child's offence, as the case records them: an id (names stay with the host's
 * victim service), whether a person, a business or an organisation, and whether there are
 * concerns for their safety. Nothing about a victim ever reaches the child's or a parent's copy
 * of the plan; their safety is planned for in the contingency plan, as information about a
 * victim (`victimInformation`).
 *
 * @example
 * VictimSchema.parse({ id: 'v-1', kind: 'person', safetyConcerns: true });
 */
export const VictimSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(['person', 'business', 'organisation']),
  safetyConcerns: z.boolean(),
});

/**
 * A victim, as recorded.
 *
 * @example
 * const victim: Victim = { id: 'v-1', kind: 'business', safetyConcerns: false };
 */
export type Victim = Immutable<z.infer<typeof VictimSchema>>;

/**
 * Contact with a victim by the service's victim worker: whether they were reached, what they
 * want (to be kept informed, or no further contact), their views in their own words, and any
 * change in the concerns for their safety.
 *
 * @example
 * VictimContactSchema.parse({ victimId: 'v-1', on: '2026-03-20', outcome: 'contacted', wishes: 'kept-informed' });
 */
export const VictimContactSchema = z.strictObject({
  victimId: IdSchema,
  on: IsoDateSchema,
  outcome: z.enum(['contacted', 'not-reached', 'declined-contact']),
  wishes: z.enum(['kept-informed', 'no-further-contact']).optional(),
  views: TextSchema.optional(),
  /** The concerns for their safety as they stand after this contact, when they changed. */
  safetyConcerns: z.boolean().optional(),
});

/**
 * Contact with a victim.
 *
 * @example
 * const contact: VictimContact = { victimId: 'v-1', on: '2026-03-20', outcome: 'not-reached' };
 */
export type VictimContact = Immutable<z.infer<typeof VictimContactSchema>>;

/**
 * Restorative justice offered to a victim: the victim's response and, when agreed, how (a
 * meeting, a letter, shuttle communication through the worker, or reparation to the community).
 *
 * @example
 * RestorativeJusticeOfferSchema.parse({ victimId: 'v-1', on: '2026-03-20', response: 'accepted', approach: 'letter' });
 */
export const RestorativeJusticeOfferSchema = z.strictObject({
  victimId: IdSchema,
  on: IsoDateSchema,
  response: z.enum(['accepted', 'declined', 'considering']),
  approach: z.enum(['meeting', 'letter', 'shuttle', 'community-reparation']).optional(),
});

/**
 * Restorative justice offered to a victim.
 *
 * @example
 * const offer: RestorativeJusticeOffer = { victimId: 'v-1', on: '2026-03-20', response: 'declined' };
 */
export type RestorativeJusticeOffer = Immutable<z.infer<typeof RestorativeJusticeOfferSchema>>;

/**
 * Management under the multi-agency public protection arrangements (`mappaLaw`): the category
 * and the level, from a date. A later record replaces it (a level raised or lowered).
 *
 * @example
 * MappaManagementSchema.parse({ on: '2026-04-01', category: 2, level: 2 });
 */
export const MappaManagementSchema = z.strictObject({
  on: IsoDateSchema,
  category: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});

/**
 * MAPPA management, as recorded.
 *
 * @example
 * const m: MappaManagement = { on: '2026-04-01', category: 3, level: 2 };
 */
export type MappaManagement = Immutable<z.infer<typeof MappaManagementSchema>>;
