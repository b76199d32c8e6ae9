import * as z from 'zod';
import { ageOn } from '../_lib/calendar.js';
import type { Immutable } from '../_lib/immutable.js';
import type { YjplanIssue } from '../errors/YjplanError.js';
import { remandCatalogue } from '../law/remand.js';
import { IsoDateSchema } from './dates.js';
import { issue, whenFieldsValid } from './disposal/checks.js';
import { inRange, rangeText } from './disposal/lawLookup.js';
import { IdSchema, TextSchema } from './ids.js';

const common = {
  id: IdSchema,
  /** The day the court granted bail or remanded the child. */
  decidedOn: IsoDateSchema,
  /** The next hearing, when known. */
  nextHearingOn: IsoDateSchema.optional(),
  /** The offences the child is charged with (ids of offence records), when recorded. */
  offenceIds: z.array(IdSchema).optional(),
  /** The conditions as the court set them (free text, as on the bail or remand record). */
  conditions: z.array(TextSchema).optional(),
  /** The conditions are electronically monitored (from age 12). */
  electronicMonitoring: z.boolean().optional(),
};

/**
 * A case with no sentence yet: bail with a YOS bail supervision and support programme, ISS bail,
 * remand to local authority accommodation (LASPO 2012 ss.91-93: the court designates the local
 * authority) or remand to youth detention accommodation (ss.98-99: which set of conditions the
 * court found met). What a `case.opened` event can carry instead of a disposal; the sentence comes
 * later. Age limits: {@link remandIssuesForChild}.
 *
 * @example
 * RemandOrBailSchema.parse({ kind: 'remand-local-authority', id: 'rem-1', decidedOn: '2025-10-02', designatedAuthority: 'Leeds City Council' });
 */
export const RemandOrBailSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('bail-supervision-and-support'), ...common }),
    z.strictObject({
      kind: z.literal('iss-bail'),
      ...common,
      /** Hours of supervised activity a week in the ISS bail programme, when set. */
      supervisedHoursPerWeek: z.int().min(1).max(40).optional(),
    }),
    z.strictObject({
      kind: z.literal('remand-local-authority'),
      ...common,
      /** The local authority designated to receive the child (s.92(2)-(3)). */
      designatedAuthority: TextSchema,
    }),
    z.strictObject({
      kind: z.literal('remand-youth-detention'),
      ...common,
      /** The set of conditions the court found met: first (s.98) or second (s.99). */
      conditionsMet: z.enum(['first-set', 'second-set']),
      /** The local authority the child is looked after by while remanded (s.102, s.104). */
      designatedAuthority: TextSchema,
      /** Where the child is held (secure children's home, secure training centre, YOI). */
      accommodation: z
        .enum([
          'secure-childrens-home',
          'secure-training-centre',
          'young-offender-institution',
          'secure-school',
        ])
        .optional(),
    }),
  ])
  .superRefine((v, ctx) => {
    if (v.nextHearingOn !== undefined && v.nextHearingOn < v.decidedOn) {
      issue(ctx, ['nextHearingOn'], 'The next hearing cannot be before the decision');
    }
  }, whenFieldsValid);

/**
 * Bail or remand before sentence; see {@link RemandOrBailSchema}.
 *
 * @example
 * const r: RemandOrBail = parseRemandOrBail(json);
 */
export type RemandOrBail = Immutable<z.infer<typeof RemandOrBailSchema>>;

/**
 * The limits of bail or remand that depend on the child's age on the day of the decision: a child
 * is under 18 (LASPO 2012 s.91(6)); youth detention accommodation from 12 (ss.98(2), 99(2));
 * electronic monitoring of conditions from 12. Messages never state the age.
 *
 * @example
 * remandIssuesForChild({ kind: 'remand-youth-detention', ... }, '2015-01-01');
 * // [{ path: ['kind'], code: 'remand_age', message: '...' }]
 */
export function remandIssuesForChild(remand: RemandOrBail, dateOfBirth: string): YjplanIssue[] {
  const law = remandCatalogue[remand.kind];
  const age = ageOn(dateOfBirth, remand.decidedOn);
  const out: YjplanIssue[] = [];
  if (!inRange(age, law.ages)) {
    out.push({
      path: ['kind'],
      code: 'remand_age',
      message: `${law.label} is for a child aged ${rangeText(law.ages, 'on the day of the decision')} (${law.source})`,
    });
  }
  const emFrom = 'electronicMonitoringFromAge' in law ? law.electronicMonitoringFromAge : undefined;
  if (remand.electronicMonitoring === true && emFrom !== undefined && age < emFrom) {
    out.push({
      path: ['electronicMonitoring'],
      code: 'remand_age',
      message: `Electronic monitoring of bail or remand conditions is for a child aged ${emFrom} or over (${law.source})`,
    });
  }
  return out;
}
