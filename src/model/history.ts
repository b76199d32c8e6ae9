/**
 * The law's conditions on a child's offences and earlier disposals: whether a referral order is
 * compulsory, discretionary or unavailable; whether an out-of-court disposal is the child's first;
 * whether a conditional discharge is restricted after youth cautions. Pure functions over the
 * records; the court's own judgements (a sentence fixed by law, a proposed custodial sentence,
 * exceptional circumstances) are left to the court.
 */
import type { YjplanIssue } from '../errors/YjplanError.js';
import { disposalCatalogue } from '../law/disposals.js';
import { conditionalDischargeAfterCautions, referralConditions } from '../law/offences.js';
import type { IsoDate } from './dates.js';
import { periodEnd } from './disposal/period.js';
import type { EarlierDisposal, Offence } from './offence.js';

const catalogueOf = (type: EarlierDisposal['type']) => disposalCatalogue[type];

/**
 * Whether an earlier disposal followed a conviction: as recorded, else by its type (court
 * sentences did, out-of-court disposals did not).
 *
 * @example
 * isConviction({ id: 'h-1', type: 'youth-caution', on: '2024-03-02' }); // false
 */
export function isConviction(d: EarlierDisposal): boolean {
  return d.conviction ?? catalogueOf(d.type).courtOrder;
}

/**
 * Whether a referral order is compulsory, discretionary or unavailable for the offences dealt with
 * now (the offence and any connected offences), given the court and the child's earlier disposals
 * before `convictedOn`. Unavailable in the Crown Court, or without a guilty plea to at least one of
 * the offences (s.84(1)(a), (f)); compulsory when the child pleaded guilty to every one, at least
 * one is imprisonable, and the child has no earlier conviction (s.85); otherwise discretionary
 * (s.86). `issues` say why it is unavailable, with paths into the input.
 *
 * @example
 * referralOrderConditions({ court: 'youth-court', convictedOn: '2025-09-01', offences: [theft], earlierDisposals: [] });
 * // { status: 'compulsory', issues: [] }
 */
export function referralOrderConditions(input: {
  readonly court: Offence['court'];
  readonly convictedOn: IsoDate;
  readonly offences: readonly Offence[];
  readonly earlierDisposals: readonly EarlierDisposal[];
}): { status: 'compulsory' | 'discretionary' | 'unavailable'; issues: YjplanIssue[] } {
  const issues: YjplanIssue[] = [];
  const courts: readonly string[] = referralConditions.availableCourts;
  if (input.court === undefined || !courts.includes(input.court)) {
    issues.push({
      path: ['court'],
      code: 'referral_order_not_available',
      message: `A referral order is made only by a youth court or another magistrates' court (${referralConditions.availabilitySource}(a))`,
    });
  }
  const guilty = input.offences.filter((o) => o.plea === 'guilty');
  if (guilty.length === 0) {
    issues.push({
      path: ['offences'],
      code: 'referral_order_not_available',
      message: `A referral order needs a guilty plea to the offence or a connected offence (${referralConditions.availabilitySource}(f))`,
    });
  }
  if (issues.length > 0) return { status: 'unavailable', issues };
  const allGuilty = guilty.length === input.offences.length;
  const imprisonable = input.offences.some((o) => o.imprisonable === true);
  const convictedBefore = input.earlierDisposals.some(
    (d) => d.on < input.convictedOn && isConviction(d),
  );
  return {
    status: allGuilty && imprisonable && !convictedBefore ? 'compulsory' : 'discretionary',
    issues,
  };
}

/**
 * Whether an out-of-court disposal decided on `decisionDate` is the child's first: no earlier
 * out-of-court disposal and no earlier conviction. (Seed guidance: a first out-of-court disposal
 * may need only a light touch.)
 *
 * @example
 * isFirstOutOfCourtDisposal([], '2025-05-01'); // true
 */
export function isFirstOutOfCourtDisposal(
  earlierDisposals: readonly EarlierDisposal[],
  decisionDate: IsoDate,
): boolean {
  return !earlierDisposals.some((d) => d.on < decisionDate);
}

/**
 * Whether a conditional discharge is restricted for an offence committed on `committedOn`: the
 * child had two or more youth cautions before it, the last within two years before the offence.
 * The court may then conditionally discharge only for exceptional circumstances it states (Crime
 * and Disorder Act 1998 s.66ZB(5)-(6); text not verified, see `conditionalDischargeAfterCautions`).
 * Returns the issue a check can raise, or none.
 *
 * @example
 * conditionalDischargeRestriction(history, '2025-04-01');
 * // [{ path: ['earlierDisposals'], code: 'conditional_discharge_restricted', message: '...' }]
 */
export function conditionalDischargeRestriction(
  earlierDisposals: readonly EarlierDisposal[],
  committedOn: IsoDate,
): YjplanIssue[] {
  const law = conditionalDischargeAfterCautions;
  const cautions = earlierDisposals
    .filter((d) => d.type === 'youth-caution' && d.on <= committedOn)
    .map((d) => d.on)
    .sort();
  const last = cautions.at(-1);
  if (cautions.length < law.cautionsNeeded || last === undefined) return [];
  if (committedOn > periodEnd(last, law.withinMonths)) return [];
  return [
    {
      path: ['earlierDisposals'],
      code: 'conditional_discharge_restricted',
      message: `After ${law.cautionsNeeded} or more youth cautions, the last within two years before the offence, a conditional discharge needs exceptional circumstances stated by the court (${law.source})`,
    },
  ];
}
