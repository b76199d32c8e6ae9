import * as z from 'zod';
import type { Immutable } from '../../_lib/immutable.js';
import type { Range } from '../../law/types.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import { IsoDateSchema } from '../dates.js';
import { IdSchema, TextSchema } from '../ids.js';
import { whenFieldsValid } from './checks.js';
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

/** The most activity days any order may hold (365, in a pilot-area ISS). */
const activityDays = { min: L.activity.days.min, max: L.activity.extended.pilotDays.max };

const activity = requirement('activity', {
  /**
   * Aggregate days; more than 90 only as an extended activity requirement in a YRO with ISS, more
   * than 180 only in a pilot-area ISS (checked with the order).
   */
  days: counted(
    activityDays,
    said('An activity requirement is for', activityDays, 'days', src('activity')),
  ),
});

const supervision = requirement('supervision', {
  months: counted(
    L.supervision.months,
    said('A supervision requirement runs for', L.supervision.months, 'months', src('supervision')),
  ).optional(),
});

const upw = L['unpaid-work'];

const unpaidWork = requirement('unpaid-work', {
  /** Hours in aggregate: 40 to 240, or from 20 when imposed on breach (`imposedOnBreach`). */
  hours: counted(
    upw.onBreach.hours,
    said('An unpaid work requirement is for', upw.hours, 'hours', src('unpaid-work')),
  ),
  /**
   * Imposed by a court dealing with a breach of an order that had no unpaid work requirement
   * (Sentencing Act 2020 Sch. 7 para. 10(7)): the lower breach minimum applies.
   */
  imposedOnBreach: z.boolean().optional(),
}).superRefine((r, ctx) => {
  const min = upw.hours.min;
  if (r.hours < min && r.imposedOnBreach !== true) {
    ctx.addIssue({
      code: 'too_small',
      origin: 'number',
      minimum: min,
      inclusive: true,
      input: r.hours,
      path: ['hours'],
      message: `${said('An unpaid work requirement is for', upw.hours, 'hours', src('unpaid-work'))}; fewer only when imposed on breach (${upw.onBreach.source})`,
    });
  }
}, whenFieldsValid);

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
  /** The most hours the child attends on one occasion, when the order or centre sets it. */
  hoursPerOccasion: counted(
    { min: 1, ...L['attendance-centre'].hoursPerOccasion },
    said(
      'An attendance centre requirement is for',
      L['attendance-centre'].hoursPerOccasion,
      'hours on one occasion',
      src('attendance-centre'),
    ),
  ).optional(),
});

/**
 * @internal A period recorded in whole `months` or in `days`, exactly one of them (old records
 * hold `months`).
 */
function monthsOrDays(r: { months?: number; days?: number }, ctx: z.RefinementCtx): void {
  if ((r.months === undefined) === (r.days === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [r.months === undefined ? 'months' : 'days'],
      message: 'Record the period either in months or in days: exactly one of them',
    });
  }
}

/** A number of days, at least 1; the upper limit depends on the day the period starts. */
const days = counted({ min: 1 }, 'A period in days is at least 1 day').optional();

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

/**
 * @internal A curfew's week total is never more than 7 of its longest day. (Whether it must be
 * recorded depends on the conviction date: see the YRO's checks.)
 */
function checkCurfewWeek(
  r: { hoursPerDay: number; hoursPer7Days?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  if (r.hoursPer7Days !== undefined && r.hoursPer7Days > 7 * r.hoursPerDay) {
    ctx.addIssue({
      code: 'custom',
      path: ['hoursPer7Days'],
      message: 'The hours in any 7 days cannot exceed 7 times the longest day (`hoursPerDay`)',
    });
  }
}

const curfew = requirement('curfew', {
  /** The longest curfew on any day; the daily maximum depends on the conviction date. */
  hoursPerDay: counted(
    L.curfew.hoursPerDay,
    said('A curfew is for', L.curfew.hoursPerDay, 'hours a day', src('curfew')),
  ),
  /**
   * The most curfew hours in any 7 days (from the weekday the requirement takes effect); needed
   * when `hoursPerDay` is over 16.
   */
  hoursPer7Days: counted(
    L.curfew.hoursPer7Days,
    said(
      'A curfew is for',
      L.curfew.hoursPer7Days,
      'hours in any 7 days',
      L.curfew.hoursPer7DaysSource,
    ),
  ).optional(),
  /** The months within which the curfew periods fall (or `days`). */
  months: counted(
    L.curfew.months,
    said('Curfew periods fall within', L.curfew.months, 'months', src('curfew')),
  ).optional(),
  /** The days within which the curfew periods fall, instead of `months`. */
  days,
}).superRefine((r, ctx) => {
  monthsOrDays(r, ctx);
  checkCurfewWeek(r, ctx);
}, whenFieldsValid);

const exclusion = requirement('exclusion', {
  /** The length in months (or `days`). */
  months: counted(
    L.exclusion.months,
    said('An exclusion requirement is for', L.exclusion.months, 'months', src('exclusion')),
  ).optional(),
  /** The length in days, instead of `months` (an exclusion of 6 weeks: 42). */
  days,
}).superRefine(monthsOrDays, whenFieldsValid);

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
  requirement('education', {
    months,
    /**
     * The child lived in England when the order was made (Education and Skills Act 2008 Part 1):
     * for a conviction from 28 June 2022 the requirement may then run until 18 rather than only
     * to the end of compulsory school age.
     */
    residentInEngland: z.boolean().optional(),
  }),
  requirement('electronic-monitoring', { months }),
  /** Pilot areas only: see `issPilot` (checked with the order). */
  requirement('electronic-whereabouts-monitoring', { months }),
]);

/**
 * A youth rehabilitation requirement; see {@link YroRequirementSchema}.
 *
 * @example
 * const r: YroRequirement = { id: 'req-1', kind: 'supervision' };
 */
export type YroRequirement = Immutable<z.infer<typeof YroRequirementSchema>>;
