import { describe, expect, it } from 'vitest';
import type { CaseState } from '../../../src/lifecycle/state.js';
import type { Disposal } from '../../../src/model/disposal/index.js';
import { aCase } from '../../../src/testing/index.js';
import { AS_OF, findingsOf, withRecord } from './_fixtures.js';

const AGREEMENT = 'plan.child-agreement-not-recorded';
const EXPLAINED = 'plan.order-not-explained';

/** The case with the child's agreements changed. */
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

/** A referral order in delivery, its plan activated on 24 September 2025 with the child's agreement. */
const inForce = aCase().active({ activatedOn: '2025-09-24' }).state();
/** A referral order whose plan was revised at its first review (version 2), then closed. */
const revisedCase = aCase().reviewed('revise-plan').state();
const closed = aCase().reviewed('revise-plan').closed().state();

const withoutChildAgreement = withChildAgreements(inForce, () => undefined);

describe(AGREEMENT, () => {
  it('passes when the child’s agreement to the plan in force is recorded', () => {
    expect(findingsOf(inForce, AGREEMENT)).toEqual([]);
    expect(findingsOf(closed, AGREEMENT, { asOf: '2026-03-31' })).toEqual([]);
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
    const couldNot = withChildAgreements(inForce, (a) => ({
      ...a,
      status: 'could-not-be-discussed',
      reason: 'In hospital',
    }));
    expect(findingsOf(couldNot, AGREEMENT)).toEqual([]);
    const disagreed = withChildAgreements(inForce, (a) => ({ ...a, status: 'disagreed' }));
    expect(findingsOf(disagreed, AGREEMENT)).toEqual([]);
  });

  it('does not carry agreement over to a revised version', () => {
    // Version 2 is activated on 17 December; drop the child's agreement to it.
    const revised = withChildAgreements(revisedCase, (a) => (a.planVersion === 2 ? undefined : a));
    expect(findingsOf(revised, AGREEMENT, { asOf: '2025-12-23' })).toMatchObject([
      { path: ['plans', 2, 'agreements', 'child'] },
    ]);
  });

  it('says nothing before a plan version is in force', () => {
    const drafted = aCase().planned().state();
    expect(findingsOf(drafted, AGREEMENT, { asOf: '2025-09-22' })).toEqual([]);
  });
});

describe(EXPLAINED, () => {
  it('passes when the child’s agreement records that the order and its consequences were explained', () => {
    expect(findingsOf(inForce, EXPLAINED)).toEqual([]);
    expect(findingsOf(closed, EXPLAINED, { asOf: '2026-03-31' })).toEqual([]);
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
    const onlyRequirements = withChildAgreements(inForce, (a) => ({
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
