import { describe, expect, it } from 'vitest';
import {
  conditionalDischargeAfterCautions,
  dtoConsecutive,
  dtoPartMonthTerms,
  issPilot,
  offenceScales,
  REMAND_KINDS,
  referralConditions,
  referralOrderExtension,
  remandCatalogue,
  requirementLimits,
  SERIOUS_CUSTODY_TYPES,
  seriousCustodyCatalogue,
  yroChanges,
} from '../../src/law/index.js';

describe('serious custodial sentences in the law catalogue', () => {
  it('lists the extended sentence, detention at His Majesty’s pleasure and the special custodial sentence as custody', () => {
    expect([...SERIOUS_CUSTODY_TYPES].sort()).toEqual(Object.keys(seriousCustodyCatalogue).sort());
    for (const type of SERIOUS_CUSTODY_TYPES) {
      const entry = seriousCustodyCatalogue[type];
      expect(entry.category).toBe('custody');
      expect(entry.courtOrder).toBe(true);
      expect(entry.ages).toEqual({ min: 10, max: 17 });
      expect(entry.source).toMatch(/Sentencing Act 2020 ss?\.2(54|59|52A)/);
      expect(entry.release.source.length).toBeGreaterThan(10);
    }
  });

  it('gives an extended sentence a custodial term of at least 4 years and an extension of 1 to 10 years', () => {
    const eds = seriousCustodyCatalogue['extended-sentence-of-detention'];
    expect(eds.custodialTermMonths).toEqual({ min: 48 });
    expect(eds.licenceMonths).toEqual({ min: 12, max: 120 });
    expect(eds.release.paroleEligibleAtFraction).toBeCloseTo(2 / 3);
  });

  it('decides detention at His Majesty’s pleasure on the age when the offence was committed, with a life licence', () => {
    const hmp = seriousCustodyCatalogue['detention-at-his-majestys-pleasure'];
    expect(hmp.ageAtOffence).toBe(true);
    expect(hmp.release.lifeLicence).toBe(true);
  });

  it('adds exactly one year of licence to a special custodial sentence, and marks its release fraction a policy default', () => {
    const scs = seriousCustodyCatalogue['special-custodial-sentence'];
    expect(scs.licenceMonths).toEqual({ min: 12, max: 12 });
    expect(scs.release.kind).toBe('policy-default');
  });
});

describe('the 2022 Act pilot', () => {
  it('runs from 3 July 2023 to the end of 3 January 2026, the day as made being 3 January 2025', () => {
    expect(issPilot.firstDay).toBe('2023-07-03');
    expect(issPilot.lastDay).toBe('2026-01-03');
    expect(issPilot.lastDayAsMade).toBe('2025-01-03');
    expect(issPilot.source).toMatch(/S\.I\. 2023\/705/);
  });

  it('allows 365 days of extended activity and electronic whereabouts monitoring for convictions from 3 July 2023', () => {
    expect(issPilot.extendedActivityDays.max).toBe(365);
    expect(requirementLimits.activity.extended.pilotDays).toEqual({ min: 181, max: 365 });
    expect(requirementLimits['electronic-whereabouts-monitoring'].pilotOnly).toBe(true);
    expect(issPilot.whereaboutsMonitoringSource).toMatch(/s\.185\(5\)/);
  });
});

describe('DTO terms, orders that change, remand and history', () => {
  it('caps consecutive DTOs at 24 months and allows part-month terms only from 28 June 2022', () => {
    expect(dtoConsecutive.maxTotalMonths).toBe(24);
    expect(dtoPartMonthTerms.sentencedFrom).toBe('2022-06-28');
  });

  it('extends a referral order by at most 3 months to at most 12, and a YRO end date on breach by at most 6 months once', () => {
    expect(referralOrderExtension).toMatchObject({ maxExtensionMonths: 3, maxTotalMonths: 12 });
    expect(yroChanges.onBreach).toMatchObject({
      endDateExtensionMonths: 6,
      endDateExtensionOnce: true,
      mayPassThreeYears: true,
    });
    expect(yroChanges.onApplication.mayExtendEndDate).toBe(false);
    expect(requirementLimits['unpaid-work'].onBreach.hours).toEqual({ min: 20, max: 240 });
  });

  it('remands to youth detention accommodation only from 12, and treats every remand as looking after the child', () => {
    expect(REMAND_KINDS).toHaveLength(4);
    expect(remandCatalogue['remand-youth-detention'].ages.min).toBe(12);
    expect(remandCatalogue['remand-local-authority'].lookedAfter).toBe(true);
  });

  it('makes referral orders only in youth and magistrates’ courts and keeps two seriousness scales', () => {
    expect(referralConditions.availableCourts).toEqual(['youth-court', 'magistrates-court']);
    expect(offenceScales.gravityScore).toEqual({ min: 1, max: 4 });
    expect(offenceScales.seriousnessScore).toEqual({ min: 1, max: 8 });
    expect(conditionalDischargeAfterCautions.source).toMatch(/not verified/);
  });
});
