import { ageOn } from '../../_lib/calendar.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import { disposalCatalogue } from '../../law/disposals.js';
import { referralOrderLaw } from '../../law/referralOrder.js';
import { compulsorySchoolAge } from '../../law/schoolAge.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import type { IsoDate } from '../dates.js';
import { disposalStartDate } from './derived.js';
import { inRange, legalDate, rangeText } from './lawLookup.js';
import { requirementPeriod } from './requirementPeriod.js';
import type { YroRequirement } from './requirements.js';
import type { Disposal } from './schema.js';
import { compulsorySchoolAgeEnds } from './schoolAge.js';
import { seriousCustodyIssuesForChild } from './seriousCustody.js';

type Path = readonly (string | number)[];
const at = (path: Path, code: string, message: string): YjplanIssue => ({ path, code, message });

const ac = L['attendance-centre'];
/** "12 to 36 hours aged 16 or over; 12 to 24 hours aged 14 to 15; at most 12 hours under 14". */
const attendanceBands = ac.hoursByAge
  .map((b) => {
    const from = 'fromAge' in b ? b.fromAge : undefined;
    const to = 'toAge' in b ? b.toAge : undefined;
    const ages =
      from === undefined
        ? `under ${(to ?? 0) + 1}`
        : to === undefined
          ? `aged ${from} or over`
          : `aged ${from} to ${to}`;
    return `${rangeText(b.value, 'hours')} ${ages}`;
  })
  .join('; ');

const edu = L.education.endsBy;

/**
 * @internal An education requirement ends by "the relevant time": the end of compulsory school
 * age; or, for a conviction from 28 June 2022 of a child resident in England when the order is
 * made, before 18. Where residence is not recorded the later limit is applied, so an issue is
 * raised only when the record shows the limit is passed.
 */
function educationIssue(
  r: YroRequirement,
  i: number,
  orderStart: IsoDate,
  convictionDate: IsoDate,
  dateOfBirth: IsoDate,
): YjplanIssue | undefined {
  if (r.kind !== 'education') return undefined;
  const period = requirementPeriod(r, orderStart);
  if (!period) return undefined;
  const newLaw = convictionDate >= edu.residentInEnglandConvictedFrom;
  const path: Path = ['requirements', i, period.field];
  const sources = `${edu.source}; ${compulsorySchoolAge.source}`;
  if (newLaw && r.residentInEngland !== false) {
    if (ageOn(dateOfBirth, period.end) < edu.residentInEnglandBeforeAge) return undefined;
    return at(
      path,
      'education_requirement_ends_too_late',
      `An education requirement must end before the child turns ${edu.residentInEnglandBeforeAge} (for a child resident in England convicted on or after ${legalDate(edu.residentInEnglandConvictedFrom)}) (${edu.source})`,
    );
  }
  if (period.end <= compulsorySchoolAgeEnds(dateOfBirth)) return undefined;
  const who = newLaw
    ? 'a child not resident in England'
    : `a conviction before ${legalDate(edu.residentInEnglandConvictedFrom)}`;
  return at(
    path,
    'education_requirement_ends_too_late',
    `For ${who} an education requirement must end by the time the child ceases to be of compulsory school age (the last Friday in June of the school year in which they turn ${compulsorySchoolAge.leavingAge}) (${sources})`,
  );
}

/** @internal Age-dependent limits of one YRO requirement. */
function requirementIssues(
  r: YroRequirement,
  i: number,
  age: number,
  orderStart: IsoDate,
  convictionDate: IsoDate,
  dateOfBirth: IsoDate,
): YjplanIssue[] {
  const path = (field: string): Path => ['requirements', i, field];
  const out: YjplanIssue[] = [];
  if (r.kind === 'unpaid-work' && !inRange(age, L['unpaid-work'].ages)) {
    out.push(
      at(
        path('kind'),
        'requirement_age',
        `Unpaid work is only available for a child aged ${rangeText(L['unpaid-work'].ages, 'at conviction')} (${L['unpaid-work'].source})`,
      ),
    );
  }
  if (r.kind === 'attendance-centre') {
    const band = ac.hoursByAge.find(
      (b) => ('fromAge' in b ? age >= b.fromAge : true) && ('toAge' in b ? age <= b.toAge : true),
    );
    if (band && !inRange(r.hours, band.value)) {
      out.push(
        at(
          path('hours'),
          'attendance_centre_hours_for_age',
          `Attendance centre hours depend on age at conviction: ${attendanceBands} (${ac.source})`,
        ),
      );
    }
  }
  if (
    r.kind === 'residence' &&
    r.arrangement === 'at-specified-place' &&
    age < L.residence.placeOfResidenceFromAge
  ) {
    out.push(
      at(
        path('arrangement'),
        'requirement_age',
        `Residence at a specified place is only available for a child aged ${L.residence.placeOfResidenceFromAge} or over at conviction (${L.residence.source})`,
      ),
    );
  }
  const period = requirementPeriod(r, orderStart);
  if ((r.kind === 'local-authority-residence' || r.kind === 'fostering') && period) {
    if (ageOn(dateOfBirth, period.end) >= L[r.kind].endsBeforeAge) {
      out.push(
        at(
          path('months'),
          'requirement_ends_after_18',
          `A ${L[r.kind].label.toLowerCase()} requirement must end before the child turns 18 (${L[r.kind].source})`,
        ),
      );
    }
  }
  const education = educationIssue(r, i, orderStart, convictionDate, dateOfBirth);
  if (education) out.push(education);
  return out;
}

/**
 * The limits of a disposal that depend on the child's age, given their date of birth. Age is
 * worked out at the conviction date (out of court: the decision date), never stored. Returns
 * issues with paths relative to the disposal (prefix them where the disposal sits); messages
 * state the rule and never the child's age or date of birth. Checks: the disposal's age range
 * (10-17; a DTO 12-17); a persistent offender opinion under 15 for a DTO or a YRO with ISS;
 * unpaid work at 16-17; attendance centre hours by age; residence at a place at 16+; local
 * authority residence and fostering ending before 18; an education requirement ending by the end
 * of compulsory school age (or before 18, for a child resident in England convicted from
 * 28 June 2022); a parent ordered to attend referral order panels, and to pay a fine, for a child
 * under 16.
 *
 * @example
 * disposalIssuesForChild(yroWithUnpaidWork, '2009-05-01');
 * // [{ path: ['requirements', 2, 'kind'], code: 'requirement_age', message: 'Unpaid work is only ...' }]
 */
export function disposalIssuesForChild(disposal: Disposal, dateOfBirth: IsoDate): YjplanIssue[] {
  if (
    disposal.type === 'extended-sentence-of-detention' ||
    disposal.type === 'detention-at-his-majestys-pleasure' ||
    disposal.type === 'special-custodial-sentence'
  ) {
    return seriousCustodyIssuesForChild(disposal, dateOfBirth);
  }
  const outOfCourt = 'decisionDate' in disposal;
  const on = outOfCourt ? disposal.decisionDate : disposal.convictionDate;
  const dateField = outOfCourt ? 'decisionDate' : 'convictionDate';
  const when = outOfCourt ? 'at the decision' : 'at conviction';
  const age = ageOn(dateOfBirth, on);
  const law = disposalCatalogue[disposal.type];
  const issues: YjplanIssue[] = [];

  if (!inRange(age, law.ages)) {
    issues.push(
      at(
        [dateField],
        'disposal_age',
        `${law.label} is only available for a child aged ${rangeText(law.ages, when)} (${law.source})`,
      ),
    );
  }
  if (
    (disposal.type === 'detention-and-training-order' ||
      disposal.type === 'youth-rehabilitation-order-iss') &&
    disposal.persistentOffender !== true
  ) {
    const { label, persistentOffenderBelowAge: below, source } = disposalCatalogue[disposal.type];
    if (age < below) {
      issues.push(
        at(
          ['persistentOffender'],
          'persistent_offender_required',
          `${label} for a child under ${below} at conviction needs the court's opinion that the child is a persistent offender (${source})`,
        ),
      );
    }
  }
  if (
    disposal.type === 'youth-rehabilitation-order' ||
    disposal.type === 'youth-rehabilitation-order-iss' ||
    disposal.type === 'youth-rehabilitation-order-fostering'
  ) {
    const start = disposalStartDate(disposal);
    disposal.requirements.forEach((r, i) => {
      issues.push(...requirementIssues(r, i, age, start, disposal.convictionDate, dateOfBirth));
    });
  }
  // Sentencing Act 2020 s.90: the child's age when the order is made (the sentence date).
  if (
    disposal.type === 'referral-order' &&
    ageOn(dateOfBirth, disposal.sentenceDate) < referralOrderLaw.parentMustAttendBelowAge &&
    !disposal.parentOrderedToAttend &&
    disposal.parentAttendanceUnreasonable !== true
  ) {
    issues.push(
      at(
        ['parentOrderedToAttend'],
        'parent_attendance_order_required',
        `For a child under ${referralOrderLaw.parentMustAttendBelowAge} when the order is made the court must order a parent or guardian to attend the youth offender panel, unless that would be unreasonable (${referralOrderLaw.source})`,
      ),
    );
  }
  const fine = disposalCatalogue.fine;
  // Sentencing Act 2020 s.380(1): the child's age when the court orders payment (the sentence date).
  if (
    disposal.type === 'fine' &&
    disposal.payer === 'child' &&
    disposal.parentPaymentExcused !== true &&
    ageOn(dateOfBirth, disposal.sentenceDate) < fine.parentPaysBelowAge
  ) {
    issues.push(
      at(
        ['payer'],
        'parent_payment_order_required',
        `For a child under ${fine.parentPaysBelowAge} the court orders a parent or guardian to pay a fine, unless they cannot be found or that would be unreasonable (\`parentPaymentExcused\`) (${fine.source})`,
      ),
    );
  }
  return issues;
}
