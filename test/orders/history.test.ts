import { describe, expect, it } from 'vitest';
import type { Disposal } from '../../src/model/disposal/index.js';
import { findingsOf, kai, withExtraObjectives, withRecord } from '../checks/plan/_fixtures.js';

// Checks that judge the law from the offences and earlier disposals a case records.

const withHistory = (disposal: Disposal, earlierDisposals: unknown[], extra = 1) =>
  withRecord(withExtraObjectives(kai, extra), (r) => ({
    ...r,
    disposal,
    offences: [
      {
        id: 'off-1',
        committedOn: '2025-08-01',
        category: 'theft-and-handling',
        plea: 'guilty',
        court: 'youth-court',
        convictedOn: '2025-09-02',
        imprisonable: true,
      },
    ],
    earlierDisposals: earlierDisposals as never,
  }));

describe('first out-of-court disposal, from the earlier disposals recorded', () => {
  const caution: Disposal = { type: 'youth-caution', id: 'yc-1', decisionDate: '2025-09-02' };
  const RULE = 'plan.exceeds-proportionate-load';

  it('keeps a caution light touch when the record shows nothing before it', () => {
    expect(findingsOf(withHistory(caution, []), RULE)[0]?.evidence).toMatchObject({
      maximum: 2,
      firstOutOfCourtDisposal: true,
    });
  });

  it('holds it to the level when an earlier disposal is recorded', () => {
    const earlier = [{ id: 'h-1', type: 'community-resolution', on: '2024-05-01' }];
    expect(findingsOf(withHistory(caution, earlier), RULE)).toEqual([]);
  });
});

describe('conditional discharge after youth cautions', () => {
  const cd: Disposal = {
    type: 'conditional-discharge',
    id: 'cd-1',
    convictionDate: '2025-09-02',
    sentenceDate: '2025-09-02',
    lengthMonths: 12,
  };
  const RULE = 'disposal.not-permitted';
  const cautions = (...on: string[]) =>
    on.map((d, i) => ({ id: `yc-${i}`, type: 'youth-caution', on: d }));

  it('warns after two youth cautions, the last within two years before the offence', () => {
    const [finding] = findingsOf(withHistory(cd, cautions('2023-01-10', '2024-03-01')), RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['disposal', 'type'],
      evidence: { code: 'conditional_discharge_restricted' },
    });
  });

  it('says nothing after one caution, or when the last was more than two years before', () => {
    expect(findingsOf(withHistory(cd, cautions('2024-03-01')), RULE)).toEqual([]);
    expect(findingsOf(withHistory(cd, cautions('2022-01-10', '2023-06-01')), RULE)).toEqual([]);
  });
});
