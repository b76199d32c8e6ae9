import * as z from 'zod';
import type { Range } from '../../law/types.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import { IsoDateSchema } from '../dates.js';
import { IdSchema, TextSchema } from '../ids.js';
import { rangeText } from './lawLookup.js';

/** @internal A whole number within a range of the law, with one message for every breach. */
export function counted(range: Range, message: string) {
  let n = z.number().int({ error: 'Expected a whole number' });
  if (range.min !== undefined) n = n.min(range.min, { error: message });
  if (range.max !== undefined) n = n.max(range.max, { error: message });
  return n;
}

/** @internal `${subject} ${range} (${source})`. */
const said = (subject: string, range: Range, unit: string, source: string) =>
  `${subject} ${rangeText(range, unit)} (${source})`;

/** @internal One requirement: an id plans can point at, its kind, an optional description. */
const requirement = <K extends string, S extends z.core.$ZodLooseShape>(kind: K, shape: S) =>
  z.strictObject({
    id: IdSchema,
    kind: z.literal(kind),
    description: TextSchema.optional(),
    ...shape,
  });

const src = (k: keyof typeof L) => L[k].source;

const activity = requirement('activity', {
  /** Aggregate days; more than 90 only as an extended activity requirement in a YRO with ISS. */
  days: counted(
    { min: L.activity.days.min, max: L.activity.extended.days.max },
    said(
      'An activity requirement is for',
      { min: L.activity.days.min, max: L.activity.extended.days.max },
      'days',
      src('activity'),
    ),
  ),
});

const supervision = requirement('supervision', {
  months: counted(
    L.supervision.months,
    said('A supervision requirement runs for', L.supervision.months, 'months', src('supervision')),
  ).optional(),
});

const unpaidWork = requirement('unpaid-work', {
  hours: counted(
    L['unpaid-work'].hours,
    said('An unpaid work requirement is for', L['unpaid-work'].hours, 'hours', src('unpaid-work')),
  ),
});

const programme = requirement('programme', {
  sessions: counted(
    L.programme.sessions,
    said('A programme requirement is for', L.programme.sessions, 'sessions', src('programme')),
  ),
});

const attendanceCentre = requirement('attendance-centre', {
  /** Aggregate hours; the band allowed depends on age at conviction (checked with the child). */
  hours: counted(
    L['attendance-centre'].hours,
    said(
      'An attendance centre requirement is for',
      L['attendance-centre'].hours,
      'hours',
      src('attendance-centre'),
    ),
  ),
});

const prohibitedActivity = requirement('prohibited-activity', {
  days: counted(
    L['prohibited-activity'].days,
    said(
      'A prohibited activity requirement is for',
      L['prohibited-activity'].days,
      'days',
      src('prohibited-activity'),
    ),
  ).optional(),
});

const curfew = requirement('curfew', {
  /** The longest curfew on any day; the daily maximum depends on the conviction date. */
  hoursPerDay: counted(
    L.curfew.hoursPerDay,
    said('A curfew is for', L.curfew.hoursPerDay, 'hours a day', src('curfew')),
  ),
  /** The most curfew hours in any 7 days, when the order's pattern is known. */
  hoursPer7Days: counted(
    L.curfew.hoursPer7Days,
    said('A curfew is for', L.curfew.hoursPer7Days, 'hours in any 7 days', src('curfew')),
  ).optional(),
  /** The months within which the curfew periods fall. */
  months: counted(
    L.curfew.months,
    said('Curfew periods fall within', L.curfew.months, 'months', src('curfew')),
  ),
});

const exclusion = requirement('exclusion', {
  months: counted(
    L.exclusion.months,
    said('An exclusion requirement is for', L.exclusion.months, 'months', src('exclusion')),
  ),
});

const residence = requirement('residence', {
  /** Live with a named individual (who must consent), or at a specified place (16+ only). */
  arrangement: z.enum(['with-individual', 'at-specified-place']),
  individualConsented: z.boolean().optional(),
}).superRefine((r, ctx) => {
  if (r.arrangement === 'with-individual' && r.individualConsented !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['individualConsented'],
      message: `A residence requirement to live with an individual needs that individual's consent (${src('residence')})`,
    });
  }
});

const localAuthorityResidence = requirement('local-authority-residence', {
  months: counted(
    L['local-authority-residence'].months,
    said(
      'A local authority residence requirement is for',
      L['local-authority-residence'].months,
      'months',
      src('local-authority-residence'),
    ),
  ),
  /** When the requirement takes effect, if not when the order does. */
  startDate: IsoDateSchema.optional(),
});

const fostering = requirement('fostering', {
  months: counted(
    L.fostering.months,
    said('A fostering requirement is for', L.fostering.months, 'months', src('fostering')),
  ),
  startDate: IsoDateSchema.optional(),
});

const months = z.number().int().positive().optional();

/**
 * One youth rehabilitation requirement (Sentencing Act 2020 Sch. 6), discriminated on `kind`.
 * Each has an `id` so plan actions can name the requirement they deliver, and the numbers the
 * law counts. Limits that do not depend on the order, the conviction date or the child's age
 * are checked here.
 *
 * @example
 * YroRequirementSchema.parse({ id: 'req-1', kind: 'unpaid-work', hours: 60 });
 * YroRequirementSchema.parse({ id: 'req-2', kind: 'curfew', hoursPerDay: 8, months: 3 });
 */
export const YroRequirementSchema = z.discriminatedUnion('kind', [
  activity,
  supervision,
  unpaidWork,
  programme,
  attendanceCentre,
  prohibitedActivity,
  curfew,
  exclusion,
  residence,
  localAuthorityResidence,
  fostering,
  requirement('mental-health-treatment', { months }),
  requirement('drug-treatment', { months }),
  requirement('drug-testing', {}),
  requirement('intoxicating-substance-treatment', { months }),
  requirement('education', { months }),
  requirement('electronic-monitoring', { months }),
]);

/**
 * A youth rehabilitation requirement; see {@link YroRequirementSchema}.
 *
 * @example
 * const r: YroRequirement = { id: 'req-1', kind: 'supervision' };
 */
export type YroRequirement = z.infer<typeof YroRequirementSchema>;
