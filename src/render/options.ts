import * as z from 'zod';
import { IsoDateSchema } from '../model/dates.js';
import { IdSchema } from '../model/ids.js';
import { AgencySchema } from '../model/owner.js';

const line = z.string().trim().min(1).max(200);

/**
 * How to reach someone named on a document. The library keeps only opaque ids for people; the
 * host, which holds names and numbers, passes them in for the documents it prints.
 *
 * @example
 * ContactCardSchema.parse({ name: 'Sam Okafor', role: 'YOS case manager', phone: '01632 960 123' });
 */
export const ContactCardSchema = z.strictObject({
  name: line,
  role: line.optional(),
  phone: line.optional(),
  email: line.optional(),
});

/**
 * How to reach someone named on a document.
 *
 * @example
 * const card: ContactCard = { name: 'Sam Okafor', phone: '01632 960 123' };
 */
export type ContactCard = z.infer<typeof ContactCardSchema>;

/**
 * Options of {@link renderPlan}: the date the copy is made, the language, the parent/carer or
 * agency it is for, and the names and numbers to print (`directory`: the service, and people
 * by their ids in the case: practitioners and parents/carers).
 *
 * @example
 * RenderPlanOptionsSchema.parse({ asOf: '2025-09-24', lang: 'cy', directory: { people: { 'pr-sam': { name: 'Sam' } } } });
 */
export const RenderPlanOptionsSchema = z.strictObject({
  asOf: IsoDateSchema,
  lang: z.enum(['en', 'cy']).default('en'),
  personId: IdSchema.optional(),
  agency: AgencySchema.optional(),
  directory: z
    .strictObject({
      service: ContactCardSchema.optional(),
      people: z.record(IdSchema, ContactCardSchema).default({}),
    })
    .default({ people: {} }),
});

/**
 * Options of {@link renderPlan}, as a caller writes them.
 *
 * @example
 * const options: RenderPlanOptions = { asOf: '2025-09-24', personId: 'pc-mum' };
 */
export type RenderPlanOptions = z.input<typeof RenderPlanOptionsSchema>;

/** @internal The options with defaults applied. */
export type RenderPlanSettings = z.output<typeof RenderPlanOptionsSchema>;
