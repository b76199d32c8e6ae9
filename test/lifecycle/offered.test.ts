import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import {
  allowedEvents,
  applyEvent,
  openCase,
  safeApplyEvent,
} from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { sampleContent } from '../../src/testing/_lifecycle/sampler.js';
import { validEventSequence } from '../../src/testing/arbitraries/events.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { caseDriver, samplesFor } from './support.js';
import { kaiAfter, kaiEvent } from './workedExample.js';

const SLOW = { timeout: 120_000 };

const content = sampleContent('referral-order');

/**
 * Why each sample of `type` (the event definition's own, for the case as it stands) was refused;
 * empty when one was accepted.
 */
function refusals(state: CaseState, type: CaseEventInput['type']): string[] {
  const tried = samplesFor(type, state, content);
  const reasons: string[] = [];
  for (const event of tried) {
    const r = safeApplyEvent(state, event);
    if (r.ok) return [];
    reasons.push(`${r.error.code}: ${r.error.message}`);
  }
  return tried.length === 0 ? ['no payload can be built from the record'] : reasons;
}

describe('allowedEvents lists only what some payload gets accepted for', () => {
  it('does not offer agreement before there is a plan version to agree to', () => {
    const drafting = kaiAfter('assessment.signedOff');
    expect(stageLabel(drafting)).toBe('planning.drafting');
    expect(drafting.record.plans).toHaveLength(0);
    expect(allowedEvents(drafting)).not.toContain('plan.agreementRecorded');
    expect(allowedEvents(drafting)).toContain('plan.drafted');
    const agreement = kaiEvent('plan.agreementRecorded', {
      planVersion: 1,
      party: { kind: 'child' },
      status: 'agreed',
      recordedBy: 'pr-sam',
      recordedOn: '2025-09-23',
    });
    const r = safeApplyEvent(drafting, agreement);
    expect(r.ok ? 'accepted' : r.error.code).toBe('event_not_allowed');
    expect(allowedEvents(kaiAfter('plan.drafted'))).toContain('plan.agreementRecorded');
  });

  it('offers events that name a person, record or referral only once one exists', () => {
    const driver = caseDriver({ disposal: 'yro', parents: 0 });
    let state = openCase(driver.emit('case.opened'));
    const needsSomething = [
      'parentCarer.updated',
      'involvement.recorded',
      'involvement.invalidated',
      'finding.overrideWithdrawn',
    ] as const;
    for (const type of needsSomething) expect(allowedEvents(state)).not.toContain(type);
    for (const type of ['parentCarer.added', 'finding.overridden', 'involvement.recorded'] as const)
      state = applyEvent(state, driver.emit(type));
    for (const type of needsSomething) expect(allowedEvents(state)).toContain(type);
    state = applyEvent(state, driver.emit('involvement.invalidated'));
    expect(allowedEvents(state)).not.toContain('involvement.invalidated');
  });

  it('does not offer a second assessment while one is in progress', () => {
    const driver = caseDriver({ disposal: 'referral-order', parents: 1 });
    let state = openCase(driver.emit('case.opened'));
    state = applyEvent(state, driver.emit('assessment.started'));
    expect(stageLabel(state)).toBe('assessment.inProgress');
    expect(allowedEvents(state)).not.toContain('assessment.started');
    expect(allowedEvents(state)).toContain('assessment.submitted');
  });

  it(
    'accepts some payload for every type it lists, at every point of generated cases (property)',
    SLOW,
    () => {
      const logAndPoint = validEventSequence({ maxCycles: 2, maxSteps: 4 }).chain((events) => {
        return fc.nat({ max: events.length - 1 }).map((k) => events.slice(0, k + 1));
      });
      fc.assert(
        fc.property(logAndPoint, (log) => {
          const state = replay(log);
          for (const type of allowedEvents(state)) {
            expect(refusals(state, type), `${type} in ${stageLabel(state)}`).toEqual([]);
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
