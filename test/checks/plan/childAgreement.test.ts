import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/lifecycle/replay.js';
import type { CaseState } from '../../../src/lifecycle/state.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { workedExampleEvents } from '../../../src/testing/index.js';
import { AS_OF, findingsOf, kai, kaiClosed, withRecord } from './_fixtures.js';

const AGREEMENT = 'plan.child-agreement-not-recorded';
const EXPLAINED = 'plan.order-not-explained';

/** Kai's case with the child's agreements changed. */
const withChildAgreements = (
  state: CaseState,
  change: (
    a: CaseState['record']['agreements'][number],
  ) => CaseState['record']['agreements'][number] | undefined,
) =>
  withRecord(state, (r) => ({
    ...r,
    agreements: r.agreements.flatMap((a) => {
      if (a.party.kind !== 'child') return [a];
      const next = change(a);
      return next ? [next] : [];
    }),
  }));

const withoutChildAgreement = withChildAgreements(kai, () => undefined);

describe(AGREEMENT, () => {
  it('passes when the child’s agreement to the plan in force is recorded', () => {
    expect(findingsOf(kai, AGREEMENT)).toEqual([]);
    expect(findingsOf(kaiClosed, AGREEMENT, { asOf: '2026-03-31' })).toEqual([]);
  });

  it('reports an active plan with no record of the child’s agreement: the review’s example', () => {
    // 0.1.0: no finding at all, under any rule.
    expect(findingsOf(withoutChildAgreement, AGREEMENT)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['plans', 1, 'agreements', 'child'],
        evidence: { planVersion: 1, activatedOn: '2025-09-24' },
      }),
    ]);
  });

  it('accepts a record of why the plan could not be discussed, or of disagreement', () => {
    const couldNot = withChildAgreements(kai, (a) => ({
      ...a,
      status: 'could-not-be-discussed',
      reason: 'In hospital',
    }));
    expect(findingsOf(couldNot, AGREEMENT)).toEqual([]);
    const disagreed = withChildAgreements(kai, (a) => ({ ...a, status: 'disagreed' }));
    expect(findingsOf(disagreed, AGREEMENT)).toEqual([]);
  });

  it('does not carry agreement over to a revised version', () => {
    // Version 2 is activated on 23 December; drop the child's agreement to it.
    const revised = replay(
      workedExampleEvents().filter(
        (e) =>
          e.at.slice(0, 10) <= '2025-12-23' &&
          !(
            e.type === 'plan.agreementRecorded' &&
            e.payload.party.kind === 'child' &&
            e.payload.planVersion === 2
          ),
      ),
    );
    expect(findingsOf(revised, AGREEMENT, { asOf: '2025-12-23' })).toMatchObject([
      { path: ['plans', 2, 'agreements', 'child'] },
    ]);
  });

  it('says nothing before a plan version is in force', () => {
    const drafted = replay(
      workedExampleEvents().filter(
        (e) => e.at.slice(0, 10) <= '2025-09-22' && e.type !== 'plan.agreementRecorded',
      ),
    );
    expect(findingsOf(drafted, AGREEMENT, { asOf: '2025-09-22' })).toEqual([]);
  });
});

describe(EXPLAINED, () => {
  it('passes when the child’s agreement records that the order and its consequences were explained', () => {
    expect(findingsOf(kai, EXPLAINED)).toEqual([]);
    expect(findingsOf(kaiClosed, EXPLAINED, { asOf: '2026-03-31' })).toEqual([]);
  });

  it('reports a child not recorded as told what the order asks and what follows', () => {
    const [finding] = findingsOf(withoutChildAgreement, EXPLAINED);
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['agreements', 'child', 'explained'],
      evidence: {
        disposalType: 'referral-order',
        requirementsExplained: false,
        consequencesExplained: false,
      },
    });
    expect(finding?.message).toBe(
      'No record that the child has been told what the order requires and what happens if it is not complied with',
    );
  });

  it('names what is missing when only one of the two was explained', () => {
    const onlyRequirements = withChildAgreements(kai, (a) => ({
      ...a,
      consequencesExplained: undefined,
    }));
    expect(findingsOf(onlyRequirements, EXPLAINED)[0]?.message).toBe(
      'No record that the child has been told what happens if the order is not complied with',
    );
  });

  it('asks nothing of a disposal the YOS does not enforce', () => {
    const outcome22: Disposal = { type: 'outcome-22', id: 'o22', decisionDate: '2025-09-02' };
    const state = withRecord(withoutChildAgreement, (r) => ({ ...r, disposal: outcome22 }));
    expect(findingsOf(state, EXPLAINED, { asOf: AS_OF })).toEqual([]);
  });
});
