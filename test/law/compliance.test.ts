import { describe, expect, it } from 'vitest';
import {
  CONTRACT_ELEMENT_KINDS,
  compliedWithContractTerms,
  compliedWithYroRequirements,
  DISPOSAL_TYPES,
  nonComplianceConsequences,
  responsibleOfficerDuties,
  YRO_REQUIREMENT_KINDS,
  yroWarningDuty,
} from '../../src/law/index.js';

const LEGISLATION = /Act \d{4}/;

describe('what compliance means in law', () => {
  it('marks the restrictions of a YRO as complied with, and every other requirement as delivered', () => {
    expect(Object.keys(compliedWithYroRequirements).sort()).toEqual(
      [
        'curfew',
        'electronic-monitoring',
        'exclusion',
        'fostering',
        'local-authority-residence',
        'prohibited-activity',
        'residence',
      ].sort(),
    );
    for (const kind of Object.keys(compliedWithYroRequirements)) {
      expect(YRO_REQUIREMENT_KINDS).toContain(kind);
    }
    expect('unpaid-work' in compliedWithYroRequirements).toBe(false);
    expect('supervision' in compliedWithYroRequirements).toBe(false);
  });

  it('marks the at-home and stay-away contract terms as complied with', () => {
    for (const kind of Object.keys(compliedWithContractTerms)) {
      expect(CONTRACT_ELEMENT_KINDS).toContain(kind);
    }
    expect('stay-away-from-persons' in compliedWithContractTerms).toBe(true);
    expect('reparation-to-victim' in compliedWithContractTerms).toBe(false);
  });

  it('cites legislation for every entry, and the responsible officer’s duty to arrange', () => {
    const entries = [
      ...Object.values(compliedWithYroRequirements),
      ...Object.values(compliedWithContractTerms),
      ...Object.values(nonComplianceConsequences),
      responsibleOfficerDuties,
      yroWarningDuty,
    ];
    for (const e of entries) {
      expect(e.kind).toBe('law');
      expect(e.source).toMatch(LEGISLATION);
    }
    expect(responsibleOfficerDuties.source).toContain('s.192(2)');
    expect(yroWarningDuty.source).toContain('Sch. 7 para. 4');
  });

  it('lists consequences only for disposals the catalogue knows, and none for voluntary outcomes', () => {
    for (const type of Object.keys(nonComplianceConsequences)) {
      expect(DISPOSAL_TYPES).toContain(type);
    }
    expect('outcome-22' in nonComplianceConsequences).toBe(false);
    expect('community-resolution' in nonComplianceConsequences).toBe(false);
    expect(yroWarningDuty.appliesTo).toEqual([
      'youth-rehabilitation-order',
      'youth-rehabilitation-order-iss',
      'youth-rehabilitation-order-fostering',
    ]);
  });
});
