import { describe, expect, it } from 'vitest';
import { activePlan, latestPlan } from '../../src/lifecycle/derive.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { applyEvent, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { kaiAfter, kaiEvent, logThrough } from './workedExample.js';

const agreementsTo = (state: CaseState, version: number) =>
  state.record.agreements.filter((a) => a.planVersion === version);

/** Kai's plan version 2, as the worked example drafts it after the second review. */
const revision = (version = 2): CaseEventInput => {
  const [revised] = logThrough('plan.revised').slice(-1) as [CaseEventInput];
  return {
    ...revised,
    id: `revise-${version}`,
    payload: { ...revised.payload, version },
  } as CaseEventInput;
};

describe('plan versions', () => {
  it('never edits the previous version when a revision is drafted', () => {
    const before = kaiAfter('review.completed', 2);
    const after = applyEvent(before, revision());
    expect(after.record.plans[0]).toBe(before.record.plans[0]);
    expect(after.record.plans.map((p) => [p.version, p.status])).toEqual([
      [1, 'active'],
      [2, 'draft'],
    ]);
  });

  it('keeps the active version in force until the revision is activated, then supersedes it', () => {
    const signedOff = kaiAfter('plan.signedOff', 2);
    expect(activePlan(signedOff.record)?.version).toBe(1);
    const activation = logThrough('plan.activated', 2).at(-1) as CaseEventInput;
    const activated = applyEvent(signedOff, activation);
    expect(activePlan(activated.record)?.version).toBe(2);
    const [v1Before, v1After] = [signedOff.record.plans[0], activated.record.plans[0]];
    expect(v1After).toEqual({ ...v1Before, status: 'superseded' });
    expect(v1After?.plan).toBe(v1Before?.plan);
  });

  it('attaches each agreement to one version: agreement to version 1 does not carry over', () => {
    const revised = kaiAfter('plan.revised');
    expect(agreementsTo(revised, 1).map((a) => a.party.kind)).toEqual(['child', 'parent-carer']);
    expect(agreementsTo(revised, 2)).toEqual([]);
    const agreed = kaiAfter('plan.agreementRecorded', 4);
    expect(agreementsTo(agreed, 2).map((a) => a.status)).toEqual(['agreed', 'agreed']);
  });

  it('records a late agreement to version 1 against version 1, leaving version 2 without it', () => {
    const state = applyEvent(
      kaiAfter('plan.revised'),
      kaiEvent('plan.agreementRecorded', {
        planVersion: 1,
        party: { kind: 'child' },
        status: 'agreed',
        recordedBy: 'pr-sam',
        recordedOn: '2025-12-20',
      }),
    );
    expect(agreementsTo(state, 1)).toHaveLength(3);
    expect(agreementsTo(state, 2)).toEqual([]);
  });

  it('numbers versions one after another: only the next number is accepted', () => {
    const state = kaiAfter('review.completed', 2);
    expect(safeApplyEvent(state, revision(2)).ok).toBe(true);
    for (const version of [3, 1]) {
      const r = safeApplyEvent(state, revision(version));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe(version === 1 ? 'invalid_input' : 'conflicting_record');
      expect(r.error.issues[0]?.path).toEqual(['payload', 'version']);
    }
  });

  it('supersedes a draft that was never activated when another draft replaces it', () => {
    const events = logThrough('plan.revised');
    const state = replay([...events, { ...revision(3), id: 'redraft' }]);
    expect(state.record.plans.map((p) => [p.version, p.status])).toEqual([
      [1, 'active'],
      [2, 'superseded'],
      [3, 'draft'],
    ]);
    expect(latestPlan(state.record)?.version).toBe(3);
    expect(state.stage).toBe('planning');
  });
});
