import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { IsoDateSchema } from './dates.js';
import { IdSchema, TextSchema } from './ids.js';

/**
 * The kinds of need that change how work is done with a child (responsivity), as an
 * AssetPlus assessment records them.
 *
 * @example
 * ResponsivityNeedKindSchema.parse('speech-language-communication');
 */
export const ResponsivityNeedKindSchema = z.enum([
  'speech-language-communication',
  'neurodiversity',
  'learning',
  'mental-health',
  'physical-health',
  'cultural-diversity',
  'faith',
  'trauma',
  'other',
]);

/**
 * A kind of responsivity need.
 *
 * @example
 * const kind: ResponsivityNeedKind = 'neurodiversity';
 */
export type ResponsivityNeedKind = Immutable<z.infer<typeof ResponsivityNeedKindSchema>>;

/**
 * One need that changes how work is done with the child, with what it means for delivery.
 *
 * @example
 * ResponsivityNeedSchema.parse({ kind: 'speech-language-communication', description: 'Processes spoken instructions slowly; prefers visual plans' });
 */
export const ResponsivityNeedSchema = z.strictObject({
  kind: ResponsivityNeedKindSchema,
  description: TextSchema,
});

/**
 * One responsivity need.
 *
 * @example
 * const need: ResponsivityNeed = { kind: 'learning', description: 'Dyslexia: read written material aloud' };
 */
export type ResponsivityNeed = Immutable<z.infer<typeof ResponsivityNeedSchema>>;

/**
 * The child at the centre of the case. Age is never stored: derive it at a date from
 * `dateOfBirth`. `preferredName` is what the child likes to be called; it is personal data and
 * only appears in views for audiences that may see it.
 *
 * @example
 * ChildSchema.parse({
 *   id: 'child-0042',
 *   dateOfBirth: '2010-05-14',
 *   lookedAfter: false,
 *   needs: [{ kind: 'learning', description: 'Dyslexia: written material read aloud' }],
 *   firstLanguage: 'English',
 *   interpreterRequired: false,
 * });
 */
export const ChildSchema = z.strictObject({
  id: IdSchema,
  preferredName: z.string().trim().min(1).max(100).optional(),
  dateOfBirth: IsoDateSchema,
  /** Looked after by a local authority (Children Act 1989 s.22): the authority is a corporate parent. */
  lookedAfter: z.boolean().default(false),
  needs: z.array(ResponsivityNeedSchema).max(50).default([]),
  firstLanguage: z.string().trim().min(1).max(100).optional(),
  interpreterRequired: z.boolean().default(false),
});

/**
 * The child at the centre of a case, as parsed (defaults applied).
 *
 * @example
 * const child: Child = ChildSchema.parse(input);
 * child.needs.length; // 0 when none were given
 */
export type Child = Immutable<z.infer<typeof ChildSchema>>;
/**
 * What a host passes to describe a child (defaults not yet applied).
 *
 * @example
 * const input: ChildInput = { id: 'child-0042', dateOfBirth: '2010-05-14' };
 */
export type ChildInput = Immutable<z.input<typeof ChildSchema>>;
