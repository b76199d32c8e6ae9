import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { findingsOf, kai, withAssessment, withPlan, withRecord } from './_fixtures.js';

const RULE = 'plan.contact-level-mismatch';
// Kai is at the enhanced level: the default band is 4 to 11 contacts a month.

const contacts = (n: number, state = kai) =>
  withPlan(state, (p) => ({ ...p, plannedContactsPerMonth: n }));

describe(RULE, () => {
  it('passes at both ends of the band', () => {
    expect(findingsOf(contacts(4), RULE)).toEqual([]);
    expect(findingsOf(contacts(11), RULE)).toEqual([]);
  });

  it('flags one contact a month below the band', () => {
    const [finding] = findingsOf(contacts(3), RULE);
    expect(finding).toMatchObject({
      path: ['plan', 'plannedContactsPerMonth'],
      evidence: { plannedContactsPerMonth: 3, min: 4, max: 11, interventionLevel: 'enhanced' },
    });
    expect(finding?.message).toContain('fewer');
  });

  it('flags one contact a month above the band as disproportionate', () => {
    expect(findingsOf(contacts(12), RULE)[0]?.message).toContain('more');
  });

  it('sets no upper bound at the intensive level by default', () => {
    const intensive = withAssessment(kai, (a) => ({ ...a, interventionLevel: 'intensive' }));
    expect(findingsOf(contacts(40, intensive), RULE)).toEqual([]);
    expect(findingsOf(contacts(11, intensive), RULE)).toHaveLength(1);
  });

  it('does not apply the scaled approach to out-of-court disposals', () => {
    const caution: Disposal = {
      type: 'community-resolution',
      id: 'cr-1',
      decisionDate: '2025-09-02',
    };
    expect(
      findingsOf(
        withRecord(contacts(1), (r) => ({ ...r, disposal: caution })),
        RULE,
      ),
    ).toEqual([]);
  });

  it('takes the band from the policy', () => {
    const policy = { plan: { contactsPerMonth: { enhanced: { min: 2, max: 3 } } } };
    expect(findingsOf(contacts(3), RULE, { policy })).toEqual([]);
    expect(findingsOf(kai, RULE, { policy })).toHaveLength(1);
  });

  it('gives a fractional rate between two bands to the upper band, never to neither', () => {
    const standard = withAssessment(kai, (a) => ({ ...a, interventionLevel: 'standard' }));
    const intensive = withAssessment(kai, (a) => ({ ...a, interventionLevel: 'intensive' }));
    // Defaults: standard [2, 3], enhanced from above 3 to 11, intensive from above 11.
    expect(findingsOf(contacts(3.5), RULE)).toEqual([]);
    expect(findingsOf(contacts(3.5, standard), RULE)[0]?.message).toContain('more');
    expect(findingsOf(contacts(3), RULE)[0]?.message).toContain('fewer');
    expect(findingsOf(contacts(11.5, intensive), RULE)).toEqual([]);
    expect(findingsOf(contacts(11.5), RULE)[0]?.message).toContain('more');
    expect(findingsOf(contacts(1.5, standard), RULE)[0]?.message).toContain('fewer');
  });

  it('keeps a gap the policy leaves between bands', () => {
    const policy = { plan: { contactsPerMonth: { enhanced: { min: 6, max: 11 } } } };
    expect(findingsOf(contacts(4), RULE, { policy })[0]?.message).toContain('fewer');
    expect(findingsOf(contacts(6), RULE, { policy })).toEqual([]);
  });
});
