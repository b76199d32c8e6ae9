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
});
