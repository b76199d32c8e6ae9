import { describe, expect, it } from 'vitest';
import {
  CONTRACT_ELEMENT_KINDS,
  compulsorySchoolAge,
  contractElementCatalogue,
  DISPOSAL_CATEGORIES,
  DISPOSAL_TYPES,
  disposalCatalogue,
  dtoRelease,
  dtoTerms,
  longTermDetentionRelease,
  PCSC_ACT_2022_COMMENCEMENT,
  parentingOrderLaw,
  referralOrderPolicyDefaults,
  requirementLimits,
  YRO_REQUIREMENT_KINDS,
} from '../../src/law/index.js';

const LEGISLATION = /Act \d{4}|Sentencing Act 2020/;

describe('disposal catalogue', () => {
  it('has an entry with a label, a category and a source for every disposal type', () => {
    expect(Object.keys(disposalCatalogue).sort()).toEqual([...DISPOSAL_TYPES].sort());
    for (const type of DISPOSAL_TYPES) {
      const entry = disposalCatalogue[type];
      expect(entry.label.length).toBeGreaterThan(0);
      expect(DISPOSAL_CATEGORIES).toContain(entry.category);
      expect(entry.source.length).toBeGreaterThan(0);
    }
  });

  it('cites legislation for every entry presented as law', () => {
    for (const entry of Object.values(disposalCatalogue)) {
      if (entry.kind === 'law') expect(entry.source).toMatch(LEGISLATION);
    }
  });

  it('does not present the non-statutory out-of-court outcomes as law', () => {
    expect(disposalCatalogue['community-resolution'].kind).toBe('policy-default');
    expect(disposalCatalogue['outcome-22'].kind).toBe('policy-default');
  });

  it('marks out-of-court disposals as not court orders and the rest as court orders', () => {
    for (const entry of Object.values(disposalCatalogue)) {
      expect(entry.courtOrder).toBe(entry.category !== 'out-of-court');
    }
  });

  it('records the legal lengths', () => {
    expect(disposalCatalogue['referral-order'].lengthMonths).toEqual({ min: 3, max: 12 });
    expect(disposalCatalogue['conditional-discharge'].lengthMonths).toEqual({ max: 36 });
    expect(disposalCatalogue['reparation-order'].hours).toEqual({ min: 1, max: 24 });
    expect(disposalCatalogue['youth-rehabilitation-order-iss'].lengthMonths).toEqual({
      min: 6,
      max: 36,
    });
    expect(disposalCatalogue['detention-and-training-order'].ages).toEqual({ min: 12, max: 17 });
  });
});

describe('DTO terms', () => {
  it('switches from a fixed list to any term from 4 to 24 months for orders made from 28 June 2022', () => {
    expect(PCSC_ACT_2022_COMMENCEMENT).toBe('2022-06-28');
    expect(dtoTerms).toEqual([
      expect.objectContaining({
        sentencedBefore: '2022-06-28',
        value: { kind: 'one-of', months: [4, 6, 8, 10, 12, 18, 24] },
      }),
      expect.objectContaining({
        sentencedFrom: '2022-06-28',
        value: { kind: 'range', min: 4, max: 24 },
      }),
    ]);
  });

  it('releases at half-way by law, and marks the s.250 half-way as a policy default', () => {
    expect(dtoRelease.fractionOfTerm).toBe(0.5);
    expect(dtoRelease.kind).toBe('law');
    expect(longTermDetentionRelease.kind).toBe('policy-default');
  });
});

describe('YRO requirement limits', () => {
  it('has a label and a legislative source for every requirement', () => {
    expect(Object.keys(requirementLimits).sort()).toEqual([...YRO_REQUIREMENT_KINDS].sort());
    for (const entry of Object.values(requirementLimits)) {
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.source).toMatch(LEGISLATION);
    }
  });

  it('records the Sch. 6 numbers', () => {
    expect(requirementLimits['unpaid-work'].hours).toEqual({ min: 40, max: 240 });
    expect(requirementLimits['unpaid-work'].ages).toEqual({ min: 16, max: 17 });
    expect(requirementLimits.activity.days.max).toBe(90);
    expect(requirementLimits.activity.extended.days.max).toBe(180);
    expect(requirementLimits.curfew.hoursPer7Days.max).toBe(112);
    expect(requirementLimits.curfew.months.max).toBe(12);
    expect(requirementLimits.exclusion.months.max).toBe(3);
    expect(requirementLimits['local-authority-residence'].months.max).toBe(6);
    expect(requirementLimits.fostering.months.max).toBe(12);
    expect(requirementLimits['drug-testing'].onlyWith).toEqual(['drug-treatment']);
  });

  it('keeps the curfew day limit at 16 hours before 28 June 2022 and 20 from then', () => {
    expect(requirementLimits.curfew.maxHoursPerDayByConvictionDate.map((v) => v.value)).toEqual([
      16, 20,
    ]);
  });

  it('covers every age from 10 to 17 with exactly one attendance centre band', () => {
    const bands = requirementLimits['attendance-centre'].hoursByAge;
    for (let age = 10; age <= 17; age++) {
      const matching = bands.filter(
        (b) => ('fromAge' in b ? age >= b.fromAge : true) && ('toAge' in b ? age <= b.toAge : true),
      );
      expect(matching).toHaveLength(1);
    }
  });
});

describe('referral order contract elements', () => {
  it('prohibits electronic monitoring and physical restriction and needs consent for victim terms', () => {
    expect(Object.keys(contractElementCatalogue).sort()).toEqual(
      [...CONTRACT_ELEMENT_KINDS].sort(),
    );
    const prohibited = CONTRACT_ELEMENT_KINDS.filter((k) => {
      const e = contractElementCatalogue[k];
      return 'prohibited' in e && e.prohibited;
    });
    expect(prohibited).toEqual(['electronic-monitoring', 'physical-restriction']);
    const victim = CONTRACT_ELEMENT_KINDS.filter((k) => {
      const e = contractElementCatalogue[k];
      return 'victimConsentNeeded' in e && e.victimConsentNeeded;
    });
    expect(victim).toEqual(['reparation-to-victim', 'mediation-with-victim']);
  });

  it('keeps the 3-monthly progress meeting as a policy default, not law', () => {
    expect(referralOrderPolicyDefaults.kind).toBe('policy-default');
    expect(referralOrderPolicyDefaults.progressMeetingEveryMonths).toBe(3);
  });
});

describe('limits the model does not compute', () => {
  const entries = [...Object.values(disposalCatalogue), ...Object.values(requirementLimits)];

  it('never leaves a limit silently unchecked: no entry says "not checked" without saying why', () => {
    const silent = entries.filter((e) => 'note' in e && /: not checked\.?$/.test(e.note));
    expect(silent.map((e) => e.label)).toEqual([]);
  });

  it('records as court judgements the consents and opinions DOMAIN.md lists', () => {
    const judged = (e: { courtJudgements?: readonly string[] }) => e.courtJudgements ?? [];
    expect(judged(requirementLimits['mental-health-treatment']).join(' ')).toMatch(/willingness/);
    expect(judged(requirementLimits['drug-treatment']).join(' ')).toMatch(/consent/);
    expect(judged(requirementLimits['intoxicating-substance-treatment']).join(' ')).toMatch(
      /consent/,
    );
    expect(judged(requirementLimits['electronic-monitoring']).join(' ')).toMatch(/consent/);
    expect(judged(requirementLimits['local-authority-residence']).join(' ')).toMatch(/consulted/);
    expect(judged(disposalCatalogue['youth-rehabilitation-order']).join(' ')).toMatch(/s\.186/);
    expect(judged(disposalCatalogue['youth-rehabilitation-order-iss']).join(' ')).toMatch(
      /imprisonable/,
    );
    expect(judged(disposalCatalogue.fine).join(' ')).toMatch(/`parentPaymentExcused`/);
  });

  it('keeps electronic monitoring by default as data for curfew and exclusion', () => {
    const byDefault = YRO_REQUIREMENT_KINDS.filter((k) => {
      const e = requirementLimits[k];
      return 'electronicMonitoringByDefault' in e && e.electronicMonitoringByDefault;
    });
    expect(byDefault).toEqual(['curfew', 'exclusion']);
  });
});

describe('parenting orders and school age', () => {
  it('limits a parenting order to 12 months and its programme to 3', () => {
    expect(parentingOrderLaw.months).toEqual({ min: 1, max: 12 });
    expect(parentingOrderLaw.programmeMonths).toEqual({ min: 0, max: 3 });
    expect(parentingOrderLaw.source).toMatch(/Sentencing Act 2020 ss\.366-368/);
  });

  it('ends compulsory school age on the last Friday in June in the year of turning 16', () => {
    expect(compulsorySchoolAge).toMatchObject({
      leavingAge: 16,
      leavingDate: { month: 6, weekday: 5 },
      kind: 'law',
    });
    expect(requirementLimits.education.endsBy).toMatchObject({
      residentInEnglandConvictedFrom: PCSC_ACT_2022_COMMENCEMENT,
      residentInEnglandBeforeAge: 18,
    });
  });
});
