/**
 * The one generator of disposals in the kit: every number comes from the law tables in
 * `src/law/` (ages, lengths, hours, requirement limits by age and conviction date, DTO terms by
 * sentence date), so the kit restates none of the law. The builders' typical choices, the
 * simulator's seeded ones and the arbitraries' fast-check ones all go through it.
 * @internal
 */
import { addMonths } from '../../_lib/calendar.js';
import { dtoTerms } from '../../law/custody.js';
import { type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import {
  CONTRACT_ELEMENT_KINDS,
  contractElementCatalogue,
  referralOrderLaw,
} from '../../law/referralOrder.js';
import { seriousCustodyCatalogue } from '../../law/seriousCustody.js';
import type { Range } from '../../law/types.js';
import {
  type RequirementLaw,
  requirementLimits,
  type YroRequirementKind,
} from '../../law/yroRequirements.js';
import type { IsoDate } from '../../model/dates.js';
import {
  inRange as inLawRange,
  lawOnSentenceDate,
  maxCurfewHoursPerDay,
} from '../../model/disposal/lawLookup.js';
import { periodEnd } from '../../model/disposal/period.js';
import type { YroRequirement } from '../../model/disposal/requirements.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { Choices, Weighted } from './choices.js';
import { addDays } from './days.js';

/** @internal When and for whom a disposal is made. */
export interface DisposalOccasion {
  /** The decision or sentence date. */
  readonly on: IsoDate;
  /** The disposal's id (default `d-1`), also put after its requirements' ids when given. */
  readonly id?: string;
  /** The conviction date (court orders); `on` when absent. */
  readonly convicted?: IsoDate;
  /** Age at conviction or decision; without it only the limits that do not depend on age apply. */
  readonly age?: number;
  /** Days after the sentence date the order takes effect, where that can differ. */
  readonly startAfterDays?: number;
  /**
   * The length asked for (months; the term of a custodial sentence, the time a conditional
   * caution gives to comply), used as given: a builder's, which the schema then judges.
   */
  readonly months?: number;
}

/** @internal How typical lengths are preferred (the simulator's mix); the law bounds them. */
export type LengthPreferences = Partial<Record<DisposalType, Weighted<number>>>;

const YRO_TYPES = [
  'youth-rehabilitation-order',
  'youth-rehabilitation-order-iss',
  'youth-rehabilitation-order-fostering',
] as const;

const within = (n: number, r: Range | undefined) => r === undefined || inLawRange(n, r);

/** A whole number in a law range; `fallbackMax` where the law sets no maximum. */
const inRange = (c: Choices, r: Range | undefined, fallbackMax: number, floor = 1) =>
  c.int(r?.min ?? floor, r?.max ?? Math.max(r?.min ?? floor, fallbackMax));

/**
 * A length in months (a custodial term): the one asked for, else a preferred one the law allows
 * (DTO terms by sentence date), else any the law allows (from `floor`, to `fallbackMax` where the
 * law sets no maximum).
 */
function monthsFor(
  type: DisposalType,
  occasion: DisposalOccasion,
  c: Choices,
  prefer: LengthPreferences | undefined,
  fallbackMax: number,
  floor = 1,
): number {
  if (occasion.months !== undefined) return occasion.months;
  const dto = type === 'detention-and-training-order';
  const rule = dto ? lawOnSentenceDate(dtoTerms, occasion.on)?.value : undefined;
  const listed = rule?.kind === 'one-of' ? rule.months : undefined;
  const range =
    rule?.kind === 'range'
      ? rule
      : (disposalCatalogue[type] as { lengthMonths?: Range }).lengthMonths;
  const table = prefer?.[type]?.filter(([m]) => (listed ? listed.includes(m) : within(m, range)));
  if (table && table.length > 0) return c.weighted(table);
  return listed ? c.pick(listed) : inRange(c, range, fallbackMax, floor);
}

/** The band of a law's `hoursByAge` for `age`, or its overall hours. */
function hoursAt(law: RequirementLaw, age: number | undefined): Range | undefined {
  if (age === undefined || !law.hoursByAge) return law.hours;
  const band = law.hoursByAge.find(
    (b) =>
      (b.fromAge === undefined || age >= b.fromAge) && (b.toAge === undefined || age <= b.toAge),
  );
  return band
    ? { min: band.value.min ?? law.hours?.min ?? 1, max: band.value.max ?? law.hours?.max }
    : law.hours;
}

/**
 * @internal Whether the law lets a requirement stand on its own in `type` for a child of `age`: its ages,
 * the orders it is limited to, no pilot-only kind, none that only comes with another (added
 * after), and the end-by-age limits kept safely (education only well before the end of school
 * age, local authority residence only while the child is far from 18).
 */
export function standsAlone(kind: YroRequirementKind, type: DisposalType, age: number | undefined) {
  const law: RequirementLaw = requirementLimits[kind];
  if (law.pilotOnly || law.onlyWith || law.needsAnotherRequirement) return false;
  if (law.onlyIn && !law.onlyIn.includes(type)) return false;
  if (age === undefined) return kind !== 'residence' && kind !== 'supervision';
  if (law.ages && !within(age, law.ages)) return false;
  if (law.endsBeforeAge !== undefined && age > law.endsBeforeAge - 3) return false;
  if (law.endsBy && age > 13) return false;
  if (kind === 'residence' || kind === 'supervision') return false;
  return true;
}

/** A requirement's id: `req-<name>`, with the occasion's id after it when it has one. */
const requirementId = (name: string, occasion: DisposalOccasion) =>
  occasion.id === undefined ? `req-${name}` : `req-${name}-${occasion.id}`;

/** @internal One requirement of `kind` within its limits (periods within the order's `months`). */
export function lawfulRequirement(
  kind: YroRequirementKind,
  occasion: DisposalOccasion & { convicted: IsoDate },
  months: number,
  c: Choices,
): YroRequirement {
  const law: RequirementLaw = requirementLimits[kind];
  const id = requirementId(kind, occasion);
  const period = () => Math.min(months, inRange(c, law.months, 6));
  switch (kind) {
    case 'activity':
    case 'prohibited-activity':
      return { id, kind, days: inRange(c, law.days, 180) };
    case 'programme':
      return { id, kind, sessions: inRange(c, law.sessions, 20) };
    case 'unpaid-work':
    case 'attendance-centre':
      return { id, kind, hours: inRange(c, hoursAt(law, occasion.age), 36) };
    case 'curfew': {
      const most = Math.min(12, maxCurfewHoursPerDay(occasion.convicted));
      return { id, kind, hoursPerDay: c.int(law.hoursPerDay?.min ?? 2, most), months: period() };
    }
    case 'exclusion':
    case 'local-authority-residence':
    case 'fostering':
    case 'education':
    case 'mental-health-treatment':
    case 'drug-treatment':
    case 'intoxicating-substance-treatment':
      return { id, kind, months: period() } as YroRequirement;
    default:
      return { id, kind } as YroRequirement;
  }
}

/**
 * @internal The requirements of a YRO of `type` lasting `months`: supervision (usually), what
 * the order type needs (ISS: an extended activity, a curfew and monitoring; fostering: the
 * fostering requirement), up to three more the law allows for the child, then drug testing only
 * with drug treatment and electronic monitoring only with another requirement.
 */
export function lawfulRequirements(
  type: (typeof YRO_TYPES)[number],
  occasion: DisposalOccasion & { convicted: IsoDate },
  months: number,
  c: Choices,
): YroRequirement[] {
  const list: YroRequirement[] = [];
  const iss = type === 'youth-rehabilitation-order-iss';
  if (iss || type === 'youth-rehabilitation-order-fostering' || c.chance(0.9)) {
    list.push({ id: requirementId('supervision', occasion), kind: 'supervision' });
  }
  if (iss) {
    const extended = requirementLimits.activity.extended;
    const days = inRange(c, extended.days, 180);
    list.push({ id: requirementId('activity', occasion), kind: 'activity', days });
    list.push(lawfulRequirement('curfew', occasion, months, c));
  }
  if (type === 'youth-rehabilitation-order-fostering') {
    list.push(lawfulRequirement('fostering', occasion, months, c));
  }
  const taken = new Set(list.map((r) => r.kind));
  const pool = (Object.keys(requirementLimits) as YroRequirementKind[]).filter(
    (k) => !taken.has(k) && standsAlone(k, type, occasion.age),
  );
  const extra = iss ? 0 : c.int(list.length === 0 ? 1 : 0, 3);
  for (const kind of c.some(pool, extra)) list.push(lawfulRequirement(kind, occasion, months, c));
  if (list.some((r) => r.kind === 'drug-treatment') && c.chance(0.5)) {
    list.push({ id: requirementId('drug-testing', occasion), kind: 'drug-testing' });
  }
  const monitored = list.some((r) => {
    const law: RequirementLaw = requirementLimits[r.kind as YroRequirementKind];
    return law.electronicMonitoringByDefault;
  });
  if (iss || (monitored && c.chance(0.6))) {
    list.push({ id: requirementId('monitoring', occasion), kind: 'electronic-monitoring' });
  }
  return list;
}

const CONTRACT_KINDS = CONTRACT_ELEMENT_KINDS.filter(
  (k) => !('prohibited' in contractElementCatalogue[k]),
);

const CONDITIONS = [
  { id: 'cond-1', description: 'Attend two victim awareness sessions' },
  { id: 'cond-2', description: 'Write a letter of apology' },
  { id: 'cond-3', description: 'Attend a substance awareness session' },
];

/**
 * @internal A disposal of `type` made on `occasion`, lawful for the child: lengths, hours and
 * terms from the law tables (DTO terms by sentence date, curfew hours by conviction date,
 * requirement limits by age), a persistent offender opinion below the age the law names, a
 * parent ordered to attend a referral order panel below the age the law names, a parent paying
 * a child's fine below the age the law names. `prefer` sets typical lengths within the law.
 */
export function lawfulDisposal(
  type: DisposalType,
  occasion: DisposalOccasion,
  c: Choices,
  prefer?: LengthPreferences,
): Disposal {
  const law = disposalCatalogue[type] as (typeof disposalCatalogue)[DisposalType] & {
    persistentOffenderBelowAge?: number;
    parentPaysBelowAge?: number;
    hours?: Range;
  };
  const id = occasion.id ?? 'd-1';
  const on = occasion.on;
  const convicted = occasion.convicted ?? on;
  const { age } = occasion;
  const sentenced = { id, convictionDate: convicted, sentenceDate: on };
  const court = {
    ...sentenced,
    ...(occasion.startAfterDays !== undefined && {
      startDate: addDays(on, occasion.startAfterDays),
    }),
  };
  const takesEffect = court.startDate ?? on;
  const persistent =
    law.persistentOffenderBelowAge !== undefined &&
    age !== undefined &&
    age < law.persistentOffenderBelowAge
      ? { persistentOffender: true }
      : {};
  switch (type) {
    case 'community-resolution':
    case 'outcome-22':
    case 'youth-caution':
      return { type, id, decisionDate: on };
    case 'youth-conditional-caution':
      return {
        type,
        id,
        decisionDate: on,
        conditions: c.some(CONDITIONS, c.int(1, CONDITIONS.length)),
        ...((occasion.months !== undefined || c.chance(0.7)) && {
          complyByDate: periodEnd(on, occasion.months ?? c.int(2, 4)),
        }),
      };
    case 'absolute-discharge':
      return { type, ...sentenced };
    case 'conditional-discharge':
      return {
        type,
        ...sentenced,
        lengthMonths: monthsFor(type, occasion, c, prefer, 24),
      };
    case 'fine':
      return {
        type,
        ...sentenced,
        payer:
          age === undefined || age >= (law.parentPaysBelowAge ?? 16)
            ? c.pick(['parent-or-guardian', 'child'] as const)
            : 'parent-or-guardian',
      };
    case 'reparation-order':
      return { type, ...sentenced, hours: inRange(c, law.hours, 24) };
    case 'referral-order': {
      const contract = c.chance(0.6)
        ? c.some(CONTRACT_KINDS, c.int(1, 4)).map((kind, i) => ({
            id: `ct-${i + 1}`,
            kind,
            ...('victimConsentNeeded' in contractElementCatalogue[kind] && {
              victimConsented: true,
            }),
          }))
        : undefined;
      return {
        type,
        ...court,
        lengthMonths: monthsFor(type, occasion, c, prefer, 12),
        parentOrderedToAttend:
          (age !== undefined && age < referralOrderLaw.parentMustAttendBelowAge) || c.chance(0.5),
        ...(contract && { contract }),
      };
    }
    case 'youth-rehabilitation-order':
    case 'youth-rehabilitation-order-iss':
    case 'youth-rehabilitation-order-fostering': {
      const months = monthsFor(type, occasion, c, prefer, 24);
      return {
        type,
        ...court,
        // The order ends `months` after it takes effect (the anniversary for ISS: at least 6 months).
        endDate:
          type === 'youth-rehabilitation-order-iss'
            ? addMonths(takesEffect, months)
            : periodEnd(takesEffect, months),
        requirements: lawfulRequirements(type, { ...occasion, convicted }, months, c),
        ...persistent,
      } as Disposal;
    }
    case 'detention-and-training-order':
      return {
        type,
        ...court,
        termMonths: monthsFor(type, occasion, c, prefer, 24, 4),
        ...persistent,
      };
    case 'long-term-detention':
      // The maximum is the adult maximum for the offence (not encoded): terms of 1 to 10 years.
      return { type, ...court, termMonths: monthsFor(type, occasion, c, prefer, 120, 12) };
    case 'extended-sentence-of-detention': {
      const law = seriousCustodyCatalogue[type];
      return {
        type,
        ...court,
        custodialTermMonths: occasion.months ?? inRange(c, law.custodialTermMonths, 72),
        // At most 5 years for a specified violent offence (s.256(4)).
        extensionPeriodMonths: Math.min(60, inRange(c, law.licenceMonths, 60)),
        specifiedOffence: 'violent',
      };
    }
    case 'detention-at-his-majestys-pleasure':
      // The minimum term is the court's (s.322, Sch. 21): not a range the law tables hold.
      return { type, ...court, offenceDate: convicted, minimumTermYears: c.int(10, 16) };
    case 'special-custodial-sentence':
      return {
        type,
        ...court,
        custodialTermMonths:
          occasion.months ?? inRange(c, seriousCustodyCatalogue[type].custodialTermMonths, 48),
      };
  }
}
