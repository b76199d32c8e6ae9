import { addMonths } from '../../_lib/calendar.js';
import type { DisposalType } from '../../law/disposals.js';
import { CONTRACT_ELEMENT_KINDS, contractElementCatalogue } from '../../law/referralOrder.js';
import type { IsoDate } from '../../model/dates.js';
import { periodEnd } from '../../model/disposal/period.js';
import type { YroRequirement } from '../../model/disposal/requirements.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { Choices } from '../_lib/choices.js';

/** Contract terms a youth offender contract may hold (never the prohibited ones). */
const CONTRACT_KINDS = CONTRACT_ELEMENT_KINDS.filter(
  (k) => !('prohibited' in contractElementCatalogue[k]),
);

/**
 * The requirements a simulated YRO of `orderMonths` may add to supervision, for a child of `age`:
 * none outlasts the order, and education only for a child young enough (13 or under at
 * conviction) to finish it before the end of compulsory school age.
 */
function extraRequirements(c: Choices, age: number, orderMonths: number): YroRequirement[] {
  const band = age >= 16 ? [12, 36] : age >= 14 ? [12, 24] : [1, 12];
  const pool: YroRequirement[] = [
    { id: 'req-activity', kind: 'activity', days: c.int(10, 90) },
    { id: 'req-curfew', kind: 'curfew', hoursPerDay: c.int(2, 12), months: c.int(1, 6) },
    { id: 'req-programme', kind: 'programme', sessions: c.int(6, 20) },
    { id: 'req-prohibited', kind: 'prohibited-activity', days: c.int(30, 180) },
    { id: 'req-exclusion', kind: 'exclusion', months: c.int(1, 3) },
    { id: 'req-drugs', kind: 'drug-treatment', months: c.int(3, 6) },
    { id: 'req-mental-health', kind: 'mental-health-treatment', months: c.int(3, 6) },
    ...(age <= 13
      ? [
          {
            id: 'req-education',
            kind: 'education' as const,
            months: Math.min(c.int(3, 12), orderMonths),
          },
        ]
      : []),
    {
      id: 'req-attendance-centre',
      kind: 'attendance-centre',
      hours: c.int(band[0] ?? 1, band[1] ?? 12),
    },
    ...(age >= 16
      ? [{ id: 'req-unpaid-work', kind: 'unpaid-work' as const, hours: c.int(40, 120) }]
      : []),
  ];
  const chosen = c.some(pool, c.int(1, 3));
  if (chosen.some((r) => r.kind === 'drug-treatment') && c.chance(0.5)) {
    chosen.push({ id: 'req-drug-testing', kind: 'drug-testing' });
  }
  if (chosen.some((r) => r.kind === 'curfew' || r.kind === 'exclusion') && c.chance(0.6)) {
    chosen.push({ id: 'req-monitoring', kind: 'electronic-monitoring' });
  }
  return chosen;
}

/** The end date of an order taking effect on `start` and lasting `months`. */
const endAfter = (start: IsoDate, months: number) => periodEnd(start, months);

/**
 * @internal A disposal of `type` decided or passed on `on` (convicted on `convicted`), lawful for
 * a child of `age` then: the age-dependent limits (unpaid work at 16+, attendance centre bands,
 * a persistent offender opinion under 15, a parent ordered to attend under 16, fostering ending
 * before 18) are respected by construction.
 */
export function simulatedDisposal(
  type: DisposalType,
  on: IsoDate,
  convicted: IsoDate,
  age: number,
  c: Choices,
): Disposal {
  const id = 'd-1';
  const court = { id, convictionDate: convicted, sentenceDate: on };
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
        conditions: c.some(
          [
            { id: 'cond-1', description: 'Attend two victim awareness sessions' },
            { id: 'cond-2', description: 'Write a letter of apology' },
            { id: 'cond-3', description: 'Attend a substance awareness session' },
          ],
          c.int(1, 3),
        ),
        complyByDate: periodEnd(on, c.int(2, 4)),
      };
    case 'absolute-discharge':
      return { type, ...court };
    case 'conditional-discharge':
      return { type, ...court, lengthMonths: c.int(6, 24) };
    case 'fine':
      return {
        type,
        ...court,
        payer: age < 16 ? 'parent-or-guardian' : c.pick(['child', 'parent-or-guardian'] as const),
      };
    case 'reparation-order':
      return { type, ...court, hours: c.int(4, 24) };
    case 'referral-order':
      return {
        type,
        ...court,
        // No start date yet: the order runs from the contract agreed at the first panel.
        lengthMonths: c.weighted([
          [3, 10],
          [4, 10],
          [6, 35],
          [9, 20],
          [12, 25],
        ] as const),
        parentOrderedToAttend: age < 16 || c.chance(0.5),
        contract: c.some(CONTRACT_KINDS, c.int(2, 4)).map((kind, i) => ({
          id: `ct-${i + 1}`,
          kind,
          ...('victimConsentNeeded' in contractElementCatalogue[kind] && { victimConsented: true }),
        })),
      };
    case 'youth-rehabilitation-order': {
      const months = c.weighted([
        [6, 20],
        [9, 20],
        [12, 40],
        [18, 15],
        [24, 5],
      ] as const);
      return {
        type,
        ...court,
        endDate: endAfter(on, months),
        requirements: [
          ...(c.chance(0.9) ? [{ id: 'req-supervision', kind: 'supervision' as const }] : []),
          ...extraRequirements(c, age, months),
        ],
      };
    }
    case 'youth-rehabilitation-order-iss':
      return {
        type,
        ...court,
        // At least 6 months after it takes effect (s.187(2)(b)): the anniversary date itself.
        endDate: addMonths(
          on,
          c.weighted([
            [6, 40],
            [9, 30],
            [12, 30],
          ] as const),
        ),
        requirements: [
          { id: 'req-supervision', kind: 'supervision' },
          { id: 'req-activity', kind: 'activity', days: c.int(91, 180) },
          { id: 'req-curfew', kind: 'curfew', hoursPerDay: c.int(6, 12), months: c.int(3, 6) },
          { id: 'req-monitoring', kind: 'electronic-monitoring' },
        ],
        ...(age < 15 && { persistentOffender: true }),
      };
    case 'youth-rehabilitation-order-fostering':
      return {
        type,
        ...court,
        endDate: endAfter(on, 12),
        requirements: [
          { id: 'req-supervision', kind: 'supervision' },
          { id: 'req-fostering', kind: 'fostering', months: c.int(3, 12) },
        ],
      };
    case 'detention-and-training-order':
      return {
        type,
        ...court,
        termMonths: c.weighted([
          [4, 25],
          [6, 25],
          [8, 20],
          [10, 10],
          [12, 12],
          [18, 5],
          [24, 3],
        ] as const),
        ...(age < 15 && { persistentOffender: true }),
      };
    case 'long-term-detention':
      return {
        type,
        ...court,
        termMonths: c.weighted([
          [24, 30],
          [30, 20],
          [36, 30],
          [48, 20],
        ] as const),
      };
    // The serious custodial sentences are never in the caseload mix (a handful a year in a large
    // service): simulated only when asked for by type.
    case 'extended-sentence-of-detention':
      return {
        type,
        ...court,
        custodialTermMonths: c.int(48, 72),
        extensionPeriodMonths: c.int(12, 48),
        specifiedOffence: 'violent',
      };
    case 'detention-at-his-majestys-pleasure':
      return { type, ...court, offenceDate: convicted, minimumTermYears: c.int(10, 16) };
    case 'special-custodial-sentence':
      return { type, ...court, custodialTermMonths: c.int(24, 48) };
  }
}
