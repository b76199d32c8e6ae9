import { describe, expect, it } from 'vitest';
import {
  isCustodialType,
  seriousCustodyDates,
  seriousCustodyIssuesForChild,
} from '../../src/model/disposal/index.js';
import { parseSeriousCustody, safeParseSeriousCustody } from '../../src/schemas.js';

const eds = {
  type: 'extended-sentence-of-detention',
  id: 'eds-1',
  convictionDate: '2025-01-06',
  sentenceDate: '2025-02-03',
  custodialTermMonths: 60,
  extensionPeriodMonths: 48,
  specifiedOffence: 'violent',
} as const;

const hmp = {
  type: 'detention-at-his-majestys-pleasure',
  id: 'hmp-1',
  offenceDate: '2024-05-01',
  convictionDate: '2025-01-06',
  sentenceDate: '2025-02-03',
  minimumTermYears: 12,
} as const;

const scs = {
  type: 'special-custodial-sentence',
  id: 'scs-1',
  convictionDate: '2025-01-06',
  sentenceDate: '2025-02-03',
  custodialTermMonths: 30,
} as const;

const pathsOf = (input: unknown) => {
  const r = safeParseSeriousCustody(input);
  return r.ok ? [] : r.error.issues.map((i) => i.path);
};

describe('serious custodial sentences', () => {
  it('accepts an extended sentence, detention at His Majesty’s pleasure and a special custodial sentence', () => {
    expect(pathsOf(eds)).toEqual([]);
    expect(pathsOf(hmp)).toEqual([]);
    expect(pathsOf(scs)).toEqual([]);
  });

  it('refuses an extended sentence with a custodial term under 4 years', () => {
    expect(pathsOf({ ...eds, custodialTermMonths: 47 })).toEqual([['custodialTermMonths']]);
  });

  it('caps the extension period at 5 years for a violent offence, 8 for sexual, 10 for serious terrorism', () => {
    expect(pathsOf({ ...eds, extensionPeriodMonths: 61 })).toEqual([['extensionPeriodMonths']]);
    expect(pathsOf({ ...eds, specifiedOffence: 'sexual', extensionPeriodMonths: 96 })).toEqual([]);
    expect(pathsOf({ ...eds, specifiedOffence: 'sexual', extensionPeriodMonths: 97 })).toEqual([
      ['extensionPeriodMonths'],
    ]);
    expect(
      pathsOf({ ...eds, specifiedOffence: 'serious-terrorism', extensionPeriodMonths: 120 }),
    ).toEqual([]);
    expect(pathsOf({ ...eds, extensionPeriodMonths: 11 })).toEqual([['extensionPeriodMonths']]);
  });

  it('refuses an offence date after the conviction, and unknown keys', () => {
    expect(pathsOf({ ...hmp, offenceDate: '2025-02-01' })).toEqual([['offenceDate']]);
    expect(pathsOf({ ...scs, licenceMonths: 12 })).toEqual([['licenceMonths']]);
  });

  it('refuses an expected release outside the custodial term', () => {
    expect(pathsOf({ ...scs, expectedReleaseDate: '2027-08-03' })).toEqual([
      ['expectedReleaseDate'],
    ]);
    expect(pathsOf({ ...scs, expectedReleaseDate: '2027-08-02' })).toEqual([]);
  });

  it('dates an extended sentence: parole eligibility at two-thirds, release expected then, licence to the end of the extension', () => {
    expect(seriousCustodyDates(parseSeriousCustody(eds))).toEqual({
      custodialTermEnd: '2030-02-02',
      paroleEligibility: '2028-06-02',
      expectedRelease: '2028-06-02',
      licenceEnd: '2034-02-02',
    });
  });

  it('lets recorded dates win over the defaults', () => {
    const d = parseSeriousCustody({
      ...eds,
      paroleEligibilityDate: '2028-05-01',
      expectedReleaseDate: '2029-01-10',
    });
    expect(seriousCustodyDates(d)).toMatchObject({
      paroleEligibility: '2028-05-01',
      expectedRelease: '2029-01-10',
    });
  });

  it('dates detention at His Majesty’s pleasure from the minimum term, with no licence end (a life licence)', () => {
    expect(seriousCustodyDates(parseSeriousCustody({ ...hmp, minimumTermDays: 30 }))).toEqual({
      paroleEligibility: '2037-03-04',
      expectedRelease: '2037-03-04',
    });
    expect(
      seriousCustodyDates(parseSeriousCustody({ ...hmp, tariffExpiryDate: '2036-11-20' }))
        .paroleEligibility,
    ).toBe('2036-11-20');
  });

  it('adds one year of licence to a special custodial sentence', () => {
    expect(seriousCustodyDates(parseSeriousCustody(scs)).licenceEnd).toBe('2028-08-02');
  });
});

describe('seriousCustodyIssuesForChild', () => {
  it('judges detention at His Majesty’s pleasure on the age at the offence, not at conviction', () => {
    // 17 at the offence, 18 at conviction.
    expect(seriousCustodyIssuesForChild(parseSeriousCustody(hmp), '2006-09-01')).toEqual([]);
    expect(seriousCustodyIssuesForChild(parseSeriousCustody(hmp), '2006-04-01')).toEqual([
      {
        path: ['offenceDate'],
        code: 'disposal_age',
        message: expect.stringMatching(/when the offence was committed/),
      },
    ]);
  });

  it('judges an extended sentence on the age at conviction, never quoting the age', () => {
    const issues = seriousCustodyIssuesForChild(parseSeriousCustody(eds), '2006-09-01');
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['convictionDate'], 'disposal_age']]);
    expect(issues[0]?.message).not.toMatch(/2006|18 years/);
  });
});

describe('isCustodialType', () => {
  it('calls every serious custodial sentence and the DTO custodial, and community orders not', () => {
    expect(isCustodialType('extended-sentence-of-detention')).toBe(true);
    expect(isCustodialType('detention-at-his-majestys-pleasure')).toBe(true);
    expect(isCustodialType('special-custodial-sentence')).toBe(true);
    expect(isCustodialType('detention-and-training-order')).toBe(true);
    expect(isCustodialType('youth-rehabilitation-order')).toBe(false);
  });
});
