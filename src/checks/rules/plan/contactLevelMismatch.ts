import { ratingsInForce } from '../../../lifecycle/ratingsInForce.js';
import type { CaseState } from '../../../lifecycle/state.js';
import type { InterventionLevel } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import { disposalCategory, isCustodial } from '../../../model/disposal/index.js';
import type { ContactPeriod, InterventionPlan } from '../../../model/plan.js';
import type { PlanPolicy } from '../../../policy/planPolicy.js';
import { defineRule } from '../../rule.js';
import { currentOrders, principalAt } from '../_lib/orders.js';
import { spoken } from './_lib/ratings.js';
import { ENGAGEMENT_RESEARCH, SCALED_APPROACH } from './_lib/sources.js';
import { planUnderCheck } from './_lib/subject.js';

const LEVELS: readonly InterventionLevel[] = ['standard', 'enhanced', 'intensive'];

/**
 * Whether a rate of contacts (a real number: 3.5 a month is 7 every two months) is below the
 * level's band. Where a YOS sets whole-number bands that meet (the level below ending one short
 * of this band's minimum), this band starts just above that maximum, so a rate between the two
 * belongs here, not to neither.
 */
function belowBand(
  planned: number,
  level: InterventionLevel,
  bands: PlanPolicy['contactsPerMonth'],
): boolean {
  const { min } = bands[level];
  if (planned >= min) return false;
  const below = LEVELS[LEVELS.indexOf(level) - 1];
  const belowMax = below === undefined ? undefined : bands[below].max;
  return !(belowMax !== undefined && belowMax === min - 1 && planned > belowMax);
}

/** Whether the child is in the custodial part of a sentence on `asOf`. */
function inCustodyOn(state: CaseState, asOf: IsoDate): boolean {
  return currentOrders(state, asOf).some((o) => {
    if (!isCustodial(o.disposal) || asOf < o.start) return false;
    const released = o.record.releasedOn ?? o.custodyPhaseEnd;
    return released === undefined || asOf < released;
  });
}

/**
 * The planned rate in force on `asOf`: the last contact period started by then, else the plan's
 * rate; with the period before it, to tell a planned tapering.
 */
function rateOn(
  plan: InterventionPlan,
  asOf: IsoDate,
): { planned: number; period?: ContactPeriod; before: number } {
  let planned = plan.plannedContactsPerMonth;
  let before = planned;
  let period: ContactPeriod | undefined;
  for (const p of plan.contactSchedule ?? []) {
    if (p.from > asOf) break;
    before = planned;
    planned = p.contactsPerMonth;
    period = p;
  }
  return { planned, before, ...(period && { period }) };
}

/**
 * `plan.contact-level-mismatch` (warning): the contacts a month the plan sets for the period in
 * force fall short of the policy's minimum for the intervention level in force
 * (`plan.contactsPerMonth`), or, while the child is in custody, of the custody expectation
 * (`plan.custodyContactsPerMonth`); or exceed a maximum a YOS has set (none by default). A
 * planned tapering (a period below the one before it, with its reason) is not reported. Not
 * checked for out-of-court disposals, which the scaled approach never covered.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.contact-level-mismatch'] });
 * // [{ evidence: { plannedContactsPerMonth: 2, min: 4, interventionLevel: 'enhanced' }, ... }]
 */
export const contactLevelMismatch = defineRule({
  id: 'plan.contact-level-mismatch',
  title: 'Planned contact meets the intervention level',
  description:
    'Compares the contacts a month the plan sets for the period in force (`plannedContactsPerMonth`, then each `contactSchedule` period from its date) with the policy’s minimum for the intervention level in force (defaults: standard 2, enhanced 4, intensive 12; the scaled approach’s historic minimums, not law). The scaled approach set minimums only, and no maximum is set by default: more contact is never reported unless a YOS sets a `max`. While the child is in the custodial part of a sentence, the custody expectation applies instead (`plan.custodyContactsPerMonth`, default at least 1). A period planned below the one before it, with its reason recorded (a tapering towards the end of the order), is not reported. Out-of-court disposals are not checked.',
  severity: 'warning',
  source: {
    kind: 'yjb-guidance',
    citation: `${SCALED_APPROACH}; ${ENGAGEMENT_RESEARCH} (less contact does not promote engagement)`,
  },
  check: ({ state, asOf, policy }) => {
    const version = planUnderCheck(state.record);
    const level = ratingsInForce(state.record, asOf)?.interventionLevel;
    const principal = principalAt(state, asOf)?.disposal;
    if (!version || !level || (principal && disposalCategory(principal) === 'out-of-court')) {
      return [];
    }
    const { planned, before, period } = rateOn(version.plan, asOf);
    const custody = inCustodyOn(state, asOf);
    const { min, max } = custody
      ? policy.plan.custodyContactsPerMonth
      : policy.plan.contactsPerMonth[level];
    const tooFew = custody
      ? planned < min
      : belowBand(planned, level, policy.plan.contactsPerMonth);
    const tapering = period?.reason !== undefined && planned < before;
    if ((!tooFew || tapering) && (max === undefined || planned <= max)) return [];
    const band = max === undefined ? `at least ${min}` : `${min} to ${max}`;
    const setsFor = custody ? 'while the child is in custody' : `for the ${spoken(level)} level`;
    return [
      {
        message: `The plan sets ${planned} contacts a month, ${tooFew && !tapering ? 'fewer' : 'more'} than the ${band} the policy sets ${setsFor}`,
        path: ['plan', period ? 'contactSchedule' : 'plannedContactsPerMonth'],
        evidence: {
          plannedContactsPerMonth: planned,
          min,
          ...(max !== undefined && { max }),
          interventionLevel: level,
          ...(custody && { inCustody: true }),
          ...(period && { periodFrom: period.from }),
        },
      },
    ];
  },
});
