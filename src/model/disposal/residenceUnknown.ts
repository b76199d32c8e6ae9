import type { YjplanIssue } from '../../errors/YjplanError.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import type { IsoDate } from '../dates.js';
import { disposalStartDate } from './derived.js';
import { legalDate } from './lawLookup.js';
import { requirementPeriod } from './requirementPeriod.js';
import type { Disposal } from './schema.js';
import { compulsorySchoolAgeEnds } from './schoolAge.js';

const edu = L.education.endsBy;

/**
 * Education requirements whose lawful end depends on where the child lived when the order was
 * made, when that is not recorded: for a conviction from 28 June 2022 the requirement may run to
 * 18 only for a child resident in England (Sentencing Act 2020 Sch. 6 para. 39(4A)-(4B)); for a
 * child in Wales it ends with compulsory school age. The schema gives the benefit of the doubt
 * (ADR 0008); this reports it so the checks can raise a finding instead of assuming. With the
 * child's date of birth, only requirements that run past compulsory school age are reported (the
 * others are lawful either way).
 *
 * @example
 * educationRequirementResidenceUnknown(yro, '2009-03-01');
 * // [{ path: ['requirements', 1, 'residentInEngland'], code: 'education_residence_not_recorded', ... }]
 */
export function educationRequirementResidenceUnknown(
  disposal: Disposal,
  dateOfBirth?: IsoDate,
): YjplanIssue[] {
  if (!('requirements' in disposal)) return [];
  if (disposal.convictionDate < edu.residentInEnglandConvictedFrom) return [];
  const start = disposalStartDate(disposal);
  const schoolEnds = dateOfBirth === undefined ? undefined : compulsorySchoolAgeEnds(dateOfBirth);
  const out: YjplanIssue[] = [];
  disposal.requirements.forEach((r, i) => {
    if (r.kind !== 'education' || r.residentInEngland !== undefined) return;
    const period = requirementPeriod(r, start);
    if (schoolEnds !== undefined && period !== undefined && period.end <= schoolEnds) return;
    out.push({
      path: ['requirements', i, 'residentInEngland'],
      code: 'education_residence_not_recorded',
      message: `Record whether the child lived in England when the order was made: for a conviction on or after ${legalDate(edu.residentInEnglandConvictedFrom)} an education requirement may run to 18 only for a child resident in England, otherwise it ends with compulsory school age (${edu.source})`,
    });
  });
  return out;
}
