import * as z from 'zod';
import { addDays, ageOn } from '../../_lib/calendar.js';
import type { Immutable } from '../../_lib/immutable.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { seriousCustodyCatalogue as S } from '../../law/seriousCustody.js';
import { IsoDateSchema } from '../dates.js';
import { checkCourtDates, issue, whenFieldsValid } from './checks.js';
import { custodial } from './custody.js';
import { inRange, rangeText } from './lawLookup.js';
import { periodEnd } from './period.js';
import { counted } from './requirements.js';

const eds = S['extended-sentence-of-detention'];
const scs = S['special-custodial-sentence'];

/** The kind of specified offence, which caps an extended sentence's extension period (s.256(4)). */
const EXTENSION_CAPS = {
  violent: 60,
  sexual: 96,
  terrorism: 96,
  'serious-terrorism': 120,
} as const;

/** How the messages name each kind of specified offence (never the input itself). */
const OFFENCE_NAMES = {
  violent: 'a specified violent offence',
  sexual: 'a specified sexual offence',
  terrorism: 'a specified terrorism offence',
  'serious-terrorism': 'a serious terrorism offence',
} as const;

/** @internal An expected release date within the custodial term. */
function checkReleaseInCustodialTerm(
  v: {
    sentenceDate: string;
    startDate?: string;
    custodialTermMonths: number;
    expectedReleaseDate?: string;
  },
  ctx: z.RefinementCtx,
): void {
  if (v.expectedReleaseDate === undefined) return;
  const start = v.startDate ?? v.sentenceDate;
  if (
    v.expectedReleaseDate < start ||
    v.expectedReleaseDate > periodEnd(start, v.custodialTermMonths)
  ) {
    issue(
      ctx,
      ['expectedReleaseDate'],
      'The expected release date must fall within the custodial term',
    );
  }
}

/** @internal An extended sentence of detention (Sentencing Act 2020 ss.254-256). */
export const ExtendedSentenceSchema = z
  .strictObject({
    type: z.literal('extended-sentence-of-detention'),
    ...custodial,
    /** The appropriate custodial term: at least 4 years (s.255(1)(e)). */
    custodialTermMonths: counted(
      eds.custodialTermMonths,
      `The appropriate custodial term of an extended sentence of detention is ${rangeText(eds.custodialTermMonths, 'months')} (${eds.source})`,
    ),
    /** The extension period on licence: 1 to 5, 8 or 10 years by the offence (s.256(4)). */
    extensionPeriodMonths: counted(
      eds.licenceMonths,
      `The extension period of an extended sentence of detention is ${rangeText(eds.licenceMonths, 'months')} (${eds.source})`,
    ),
    /** The kind of specified offence, which caps the extension period. */
    specifiedOffence: z.enum(['violent', 'sexual', 'terrorism', 'serious-terrorism']),
    /** The parole eligibility date the secure estate gives, when known. */
    paroleEligibilityDate: IsoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    const cap = EXTENSION_CAPS[v.specifiedOffence];
    if (v.extensionPeriodMonths > cap) {
      issue(
        ctx,
        ['extensionPeriodMonths'],
        `For ${OFFENCE_NAMES[v.specifiedOffence]} the extension period is at most ${cap / 12} years (Sentencing Act 2020 s.256(4))`,
      );
    }
    checkReleaseInCustodialTerm(v, ctx);
  }, whenFieldsValid);

/** @internal Detention during His Majesty's pleasure (Sentencing Act 2020 s.259). */
export const HmpDetentionSchema = z
  .strictObject({
    type: z.literal('detention-at-his-majestys-pleasure'),
    ...custodial,
    /** The day the offence was committed: the child's age then decides availability. */
    offenceDate: IsoDateSchema,
    /** The minimum term (tariff) set by the court (s.322): whole years and any days. */
    minimumTermYears: z.int().min(1).max(60),
    minimumTermDays: z.int().min(0).max(364).optional(),
    /** The day the minimum term ends, as the secure estate computes it (remand credit). */
    tariffExpiryDate: IsoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    if (v.offenceDate > v.convictionDate) {
      issue(ctx, ['offenceDate'], 'The offence date cannot be after the conviction date');
    }
    const start = v.startDate ?? v.sentenceDate;
    if (v.tariffExpiryDate !== undefined && v.tariffExpiryDate < start) {
      issue(ctx, ['tariffExpiryDate'], 'The minimum term cannot end before the sentence starts');
    }
  }, whenFieldsValid);

/** @internal A special custodial sentence for offenders of particular concern (s.252A). */
export const SpecialCustodialSentenceSchema = z
  .strictObject({
    type: z.literal('special-custodial-sentence'),
    ...custodial,
    /** The appropriate custodial term; the further licence period is fixed at 1 year (s.252A(4)). */
    custodialTermMonths: counted(
      scs.custodialTermMonths,
      `The appropriate custodial term is ${rangeText(scs.custodialTermMonths, 'months')} (${scs.source})`,
    ),
    paroleEligibilityDate: IsoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    checkCourtDates(v, ctx);
    checkReleaseInCustodialTerm(v, ctx);
  }, whenFieldsValid);

/**
 * A serious custodial sentence for a child: an extended sentence of detention (s.254), detention
 * during His Majesty's pleasure (s.259) or a special custodial sentence (s.252A), discriminated on
 * `type`. Each is also a variant of `DisposalSchema`, so a case can open with one (ADR 0055).
 *
 * @example
 * SeriousCustodySchema.parse({
 *   type: 'special-custodial-sentence', id: 'scs-1', convictionDate: '2025-01-06',
 *   sentenceDate: '2025-02-03', custodialTermMonths: 30,
 * });
 */
export const SeriousCustodySchema = z.discriminatedUnion('type', [
  ExtendedSentenceSchema,
  HmpDetentionSchema,
  SpecialCustodialSentenceSchema,
]);

/**
 * A serious custodial sentence; see {@link SeriousCustodySchema}.
 *
 * @example
 * const s: SeriousCustody = parseSeriousCustody(json);
 */
export type SeriousCustody = Immutable<z.infer<typeof SeriousCustodySchema>>;

/**
 * The dates of a serious custodial sentence a YOS plan works to: when the custodial term ends,
 * when the Parole Board may first release (recorded, else the law's default fraction), the release
 * the plan expects (recorded, else parole eligibility), and when the licence ends (`undefined`:
 * a life licence).
 *
 * @example
 * seriousCustodyDates(eds); // { custodialTermEnd: '2029-02-02', paroleEligibility: '2027-10-03', ... }
 */
export function seriousCustodyDates(d: SeriousCustody): {
  custodialTermEnd?: string;
  paroleEligibility: string;
  expectedRelease: string;
  licenceEnd?: string;
} {
  const start = d.startDate ?? d.sentenceDate;
  if (d.type === 'detention-at-his-majestys-pleasure') {
    const tariff =
      d.tariffExpiryDate ??
      addDays(periodEnd(start, d.minimumTermYears * 12), d.minimumTermDays ?? 0);
    return { paroleEligibility: tariff, expectedRelease: d.expectedReleaseDate ?? tariff };
  }
  const law = d.type === 'extended-sentence-of-detention' ? eds : scs;
  const custodialTermEnd = periodEnd(start, d.custodialTermMonths);
  const fraction = law.release.paroleEligibleAtFraction;
  const eligible =
    d.paroleEligibilityDate ?? periodEnd(start, Math.ceil(d.custodialTermMonths * fraction));
  const licenceMonths =
    d.type === 'extended-sentence-of-detention' ? d.extensionPeriodMonths : scs.licenceMonths.max;
  return {
    custodialTermEnd,
    paroleEligibility: eligible,
    expectedRelease: d.expectedReleaseDate ?? eligible,
    licenceEnd: periodEnd(start, d.custodialTermMonths + licenceMonths),
  };
}

/**
 * The age limits of a serious custodial sentence, given the child's date of birth: under 18 at
 * conviction for s.254 and s.252A, under 18 when the offence was committed for s.259. Issues with
 * paths relative to the sentence; messages never state the age.
 *
 * @example
 * seriousCustodyIssuesForChild(hmp, '2004-01-01'); // [{ path: ['offenceDate'], code: 'disposal_age', ... }]
 */
export function seriousCustodyIssuesForChild(
  d: SeriousCustody,
  dateOfBirth: string,
): YjplanIssue[] {
  const law = S[d.type];
  const atOffence = d.type === 'detention-at-his-majestys-pleasure';
  const on = atOffence ? d.offenceDate : d.convictionDate;
  if (inRange(ageOn(dateOfBirth, on), law.ages)) return [];
  const when = atOffence ? 'when the offence was committed' : 'at conviction';
  return [
    {
      path: [atOffence ? 'offenceDate' : 'convictionDate'],
      code: 'disposal_age',
      message: `${law.label} is only for a child aged ${rangeText(law.ages, when)} (${law.source})`,
    },
  ];
}
