import fc from 'fast-check';
import {
  PCSC_ACT_2022_COMMENCEMENT,
  SENTENCING_CODE_COMMENCEMENT,
} from '../../law/commencement.js';
import { dtoTerms } from '../../law/custody.js';
import { DISPOSAL_TYPES, type DisposalType } from '../../law/disposals.js';
import { CONTRACT_ELEMENT_KINDS, contractElementCatalogue } from '../../law/referralOrder.js';
import type { IsoDate } from '../../model/dates.js';
import { periodEnd } from '../../model/disposal/period.js';
import type { YroRequirement } from '../../model/disposal/requirements.js';
import type { Disposal, DisposalOf } from '../../model/disposal/schema.js';
import { daysBetween } from '../_lib/days.js';
import { after, dateArb, monthsAfter } from './primitives.js';
import { requirementList } from './requirements.js';

/**
 * Constraints for `arbitraries.disposal`.
 *
 * @example
 * arbitraries.disposal({ type: 'youth-rehabilitation-order', age: 14 }); // no unpaid work
 */
export interface DisposalConstraints {
  /** Only this type (default: any). */
  readonly type?: DisposalType;
  /**
   * The child's age at conviction or decision: the age-dependent limits are then respected too
   * (unpaid work at 16+, a persistent offender opinion under 15, a parent ordered to attend a
   * referral order panel under 16...). The disposal's own age range is the caller's choice.
   */
  readonly age?: number;
}

/** Convictions under the Sentencing Code, both before and after the 2022 Act. */
const DAYS_OF_CONVICTIONS = daysBetween(SENTENCING_CODE_COMMENCEMENT, '2026-11-23');
const occasion = fc
  .tuple(fc.integer({ min: 0, max: DAYS_OF_CONVICTIONS }), fc.integer({ min: 0, max: 60 }))
  .map(([d, gap]) => {
    const convictionDate = after(SENTENCING_CODE_COMMENCEMENT, d);
    return { convictionDate, sentenceDate: after(convictionDate, gap) };
  });
const court = occasion.map((o) => ({ id: 'd-1', ...o }));
const decided = dateArb(SENTENCING_CODE_COMMENCEMENT, DAYS_OF_CONVICTIONS).map((decisionDate) => ({
  id: 'd-1',
  decisionDate,
}));
const startAfter = fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined });
const withStart = <T extends { sentenceDate: IsoDate }>(v: T, days: number | undefined) =>
  days === undefined ? v : { ...v, startDate: after(v.sentenceDate, days) };
const startOf = (v: { sentenceDate: IsoDate; startDate?: IsoDate }) =>
  v.startDate ?? v.sentenceDate;
const persistent = (age: number | undefined, below: number) =>
  age !== undefined && age < below
    ? fc.constant({ persistentOffender: true })
    : fc.record({ persistentOffender: fc.boolean() }, { requiredKeys: [] });

function referralOrder(age: number | undefined): fc.Arbitrary<DisposalOf<'referral-order'>> {
  const kinds = CONTRACT_ELEMENT_KINDS.filter(
    (k) => !('prohibited' in contractElementCatalogue[k]),
  );
  const contract = fc.uniqueArray(fc.constantFrom(...kinds), { maxLength: 4 }).map((list) =>
    list.map((kind, i) => ({
      id: `ct-${i + 1}`,
      kind,
      ...('victimConsentNeeded' in contractElementCatalogue[kind] && { victimConsented: true }),
    })),
  );
  const parent = age !== undefined && age < 16 ? fc.constant(true) : fc.boolean();
  return fc
    .record({
      c: court,
      start: startAfter,
      lengthMonths: fc.integer({ min: 3, max: 12 }),
      contract: fc.option(contract, { nil: undefined }),
      parentOrderedToAttend: parent,
    })
    .map(({ c, start, contract: terms, ...rest }) => ({
      type: 'referral-order',
      ...withStart(c, start),
      ...rest,
      ...(terms && { contract: terms }),
    }));
}

/** A requirement whose period in months is cut to the order's length, so it never outlasts it. */
const withinOrder = (r: YroRequirement, orderMonths: number): YroRequirement =>
  'months' in r && r.months !== undefined && r.months > orderMonths
    ? { ...r, months: orderMonths }
    : r;

function yro<
  T extends
    | 'youth-rehabilitation-order'
    | 'youth-rehabilitation-order-iss'
    | 'youth-rehabilitation-order-fostering',
>(type: T, age: number | undefined): fc.Arbitrary<Disposal> {
  const minMonths = type === 'youth-rehabilitation-order-iss' ? 6 : 1;
  return fc
    .record({ c: court, start: startAfter, months: fc.integer({ min: minMonths, max: 36 }) })
    .chain(({ c, start, months }) => {
      const v = withStart(c, start);
      const ctx = { convictionDate: c.convictionDate, ...(age !== undefined && { age }) };
      const base =
        type === 'youth-rehabilitation-order-iss'
          ? fc
              .integer({ min: 91, max: 180 })
              .map((days) => [
                { kind: 'supervision' as const },
                { kind: 'activity' as const, days },
                { kind: 'curfew' as const, hoursPerDay: 8, months: 6 },
              ])
          : type === 'youth-rehabilitation-order-fostering'
            ? fc
                .integer({ min: 1, max: 12 })
                .map((m) => [{ kind: 'fostering' as const, months: m }])
            : fc.constant([]);
      const extras =
        type === 'youth-rehabilitation-order-iss' ? persistent(age, 15) : fc.constant({});
      return fc
        .tuple(
          base.chain((b) => requirementList(ctx, b)),
          extras,
        )
        .map(
          ([requirements, more]) =>
            ({
              type,
              ...v,
              endDate: monthsAfter(startOf(v), months),
              requirements: requirements.map((r) => withinOrder(r, months)),
              ...more,
            }) as Disposal,
        );
    });
}

function dto(age: number | undefined): fc.Arbitrary<DisposalOf<'detention-and-training-order'>> {
  const listed = dtoTerms[0]?.value.kind === 'one-of' ? dtoTerms[0].value.months : [4];
  return fc
    .record({
      c: court,
      start: startAfter,
      pick: fc.integer({ min: 0, max: 20 }),
      release: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      more: persistent(age, 15),
    })
    .map(({ c, start, pick, release, more }) => {
      const v = withStart(c, start);
      const termMonths =
        c.convictionDate < PCSC_ACT_2022_COMMENCEMENT
          ? (listed[pick % listed.length] ?? 4)
          : 4 + pick;
      const span = daysBetween(startOf(v), periodEnd(startOf(v), termMonths));
      return {
        type: 'detention-and-training-order',
        ...v,
        termMonths,
        ...(release !== undefined && {
          expectedReleaseDate: after(startOf(v), release % (span + 1)),
        }),
        ...more,
      };
    });
}

/**
 * The serious custodial sentences (s.254, s.259, s.252A): terms within their law; the offence for
 * detention at His Majesty's pleasure committed up to 90 days before conviction (on the day of
 * conviction for a child of 10, whose age then decides availability).
 */
const seriousCustody = (age: number | undefined) => ({
  'extended-sentence-of-detention': fc
    .record({
      c: court,
      start: startAfter,
      custodialTermMonths: fc.integer({ min: 48, max: 120 }),
      extensionPeriodMonths: fc.integer({ min: 12, max: 60 }),
    })
    .map(({ c, start, ...rest }) => ({
      type: 'extended-sentence-of-detention' as const,
      ...withStart(c, start),
      ...rest,
      specifiedOffence: 'violent' as const,
    })),
  'detention-at-his-majestys-pleasure': fc
    .record({
      c: court,
      before: fc.integer({ min: 0, max: age !== undefined && age > 10 ? 90 : 0 }),
      minimumTermYears: fc.integer({ min: 8, max: 20 }),
    })
    .map(({ c, before, minimumTermYears }) => ({
      type: 'detention-at-his-majestys-pleasure' as const,
      ...c,
      offenceDate: after(c.convictionDate, -before),
      minimumTermYears,
    })),
  'special-custodial-sentence': fc
    .record({ c: court, start: startAfter, custodialTermMonths: fc.integer({ min: 12, max: 72 }) })
    .map(({ c, start, custodialTermMonths }) => ({
      type: 'special-custodial-sentence' as const,
      ...withStart(c, start),
      custodialTermMonths,
    })),
});

const byType = (
  age: number | undefined,
): { readonly [T in DisposalType]: fc.Arbitrary<Disposal> } => ({
  'community-resolution': decided.map((d) => ({ type: 'community-resolution', ...d })),
  'outcome-22': decided.map((d) => ({ type: 'outcome-22', ...d })),
  'youth-caution': decided.map((d) => ({ type: 'youth-caution', ...d })),
  'youth-conditional-caution': fc
    .record({
      d: decided,
      conditions: fc.integer({ min: 1, max: 3 }),
      complyIn: fc.option(fc.integer({ min: 0, max: 180 }), { nil: undefined }),
    })
    .map(({ d, conditions, complyIn }) => ({
      type: 'youth-conditional-caution',
      ...d,
      conditions: Array.from({ length: conditions }, (_, i) => ({
        id: `cond-${i + 1}`,
        description: 'Attend a victim awareness session',
      })),
      ...(complyIn !== undefined && { complyByDate: after(d.decisionDate, complyIn) }),
    })),
  'absolute-discharge': court.map((c) => ({ type: 'absolute-discharge', ...c })),
  'conditional-discharge': fc
    .record({ c: court, lengthMonths: fc.integer({ min: 1, max: 36 }) })
    .map(({ c, lengthMonths }) => ({ type: 'conditional-discharge', ...c, lengthMonths })),
  fine: fc
    .record({
      c: court,
      // A parent or guardian pays for a child under 16 (Sentencing Act 2020 s.380).
      payer:
        age !== undefined && age < 16
          ? fc.constant('parent-or-guardian' as const)
          : fc.constantFrom('parent-or-guardian' as const, 'child' as const),
    })
    .map(({ c, payer }) => ({ type: 'fine', ...c, payer })),
  'reparation-order': fc
    .record({ c: court, hours: fc.integer({ min: 1, max: 24 }) })
    .map(({ c, hours }) => ({ type: 'reparation-order', ...c, hours })),
  'referral-order': referralOrder(age),
  'youth-rehabilitation-order': yro('youth-rehabilitation-order', age),
  'youth-rehabilitation-order-iss': yro('youth-rehabilitation-order-iss', age),
  'youth-rehabilitation-order-fostering': yro('youth-rehabilitation-order-fostering', age),
  'detention-and-training-order': dto(age),
  'long-term-detention': fc
    .record({ c: court, start: startAfter, termMonths: fc.integer({ min: 12, max: 120 }) })
    .map(({ c, start, termMonths }) => ({
      type: 'long-term-detention',
      ...withStart(c, start),
      termMonths,
    })),
  ...seriousCustody(age),
});

/**
 * Any youth disposal within the law (every variant, both sides of the 2022 Act's changes),
 * or one type; with `age`, within the limits that depend on the child's age too.
 *
 * @example
 * fc.assert(fc.property(arbitraries.disposal(), (d) => DisposalSchema.safeParse(d).success));
 */
export function disposal(constraints: DisposalConstraints = {}): fc.Arbitrary<Disposal> {
  const all = byType(constraints.age);
  return constraints.type ? all[constraints.type] : fc.oneof(...DISPOSAL_TYPES.map((t) => all[t]));
}
