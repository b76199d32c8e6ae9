import { eighteenthBirthday } from '../../../lifecycle/agencyFacts.js';
import type { AgencyPlanRecord } from '../../../lifecycle/agencyRecords.js';
import type { IsoDate } from '../../../model/dates.js';
import { countWorkingDays, shiftWorkingDays } from '../../../schedule/workingDayMath.js';
import { defineRule, type RawFinding } from '../../rule.js';
import { judgedUpTo } from '../delivery/_lib/caseDates.js';
import { planUnderCheck } from '../plan/_lib/subject.js';
import { HMIP_PLANNING_SAFETY } from './sources.js';

const ALIGNED_KINDS = new Set(['child-protection-plan', 'care-plan']);

/** The plan's latest review, or its start when it has not been reviewed. */
const lastReviewed = (p: AgencyPlanRecord): IsoDate => p.reviews.at(-1)?.on ?? p.plan.startedOn;

const inForce = (p: AgencyPlanRecord, on: IsoDate) =>
  p.plan.startedOn <= on && (p.ended === undefined || on < p.ended.on);

/**
 * `plan.agency-plan-not-aligned` (warning): for a looked-after child, or a child with a child
 * protection plan, the youth justice plan is aligned with the other agency's plan: a looked-after
 * child's care plan is linked to the case, and each care plan or child protection plan in force
 * was reviewed (or started) within `plan.agencyPlanAlignmentWorkingDays` working days of the
 * youth justice plan version in force being drafted (default 20), so the two are reviewed
 * together. Judged once that many working days have passed since the later of the two.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.agency-plan-not-aligned'] });
 * // [{ path: ['agencyPlans', 'ap-care'], evidence: { kind: 'care-plan', planVersionDraftedOn: '2026-03-16', agencyPlanReviewedOn: '2026-05-26', workingDays: 20 } }]
 */
export const agencyPlanNotAligned = defineRule({
  id: 'plan.agency-plan-not-aligned',
  title: 'The plan is aligned with a care plan or child protection plan',
  description:
    'For a looked-after child (`child.lookedAfter`, or a care plan linked to the case) or a child with a child protection plan, the youth justice plan is aligned with the other agency’s plan. What can be checked: a looked-after child’s care plan is linked (`agencyPlan.linked`), and each linked care plan or child protection plan in force was reviewed (`agencyPlan.reviewed`) or started within `plan.agencyPlanAlignmentWorkingDays` working days (default 20) of the day the youth justice plan version in force was drafted, so the plans are reviewed together and do not contradict each other. A plan made and a review held more than that apart is reported once that many working days have passed since the later of the two; it is answered by revising the plan, or by recording the other agency’s review. Judged up to the 18th birthday and the case’s end. Whether the content agrees stays a professional judgement.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_PLANNING_SAFETY },
  check: ({ state: { record }, asOf, policy }) => {
    const version = planUnderCheck(record);
    if (!version) return [];
    const upTo = judgedUpTo(record, asOf);
    const adult = eighteenthBirthday(record.child.dateOfBirth);
    if (upTo >= adult) return [];
    const days = policy.plan.agencyPlanAlignmentWorkingDays;
    const linked = record.agencyPlans.filter(
      (p) => ALIGNED_KINDS.has(p.plan.kind) && inForce(p, upTo),
    );
    const findings: RawFinding[] = [];
    if (record.child.lookedAfter && !linked.some((p) => p.plan.kind === 'care-plan')) {
      findings.push({
        message: 'The child is looked after and no care plan is linked to the case',
        path: ['agencyPlans'],
        evidence: { lookedAfter: true, kind: 'care-plan' },
      });
    }
    const drafted = version.drafted.on;
    for (const p of linked) {
      const reviewed = lastReviewed(p);
      const [first, last] = reviewed < drafted ? [reviewed, drafted] : [drafted, reviewed];
      if (countWorkingDays(first, last) <= days) continue;
      if (upTo <= shiftWorkingDays(last, days)) continue;
      findings.push({
        message:
          reviewed < drafted
            ? `The ${words(p.plan.kind)} has not been reviewed since the plan was made or revised`
            : `The plan has not been revised since the ${words(p.plan.kind)} was reviewed`,
        path: ['agencyPlans', p.plan.id],
        evidence: {
          planId: p.plan.id,
          kind: p.plan.kind,
          planVersion: version.version,
          planVersionDraftedOn: drafted,
          agencyPlanReviewedOn: reviewed,
          workingDays: days,
        },
      });
    }
    return findings;
  },
});

const words = (kind: string) => (kind === 'care-plan' ? 'care plan' : 'child protection plan');
