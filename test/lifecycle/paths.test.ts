import { describe, expect, it } from 'vitest';
import { replay } from '../../src/lifecycle/replay.js';
import { STAGES } from '../../src/lifecycle/stages.js';
import { lifecyclePaths } from '../../src/testing/lifecyclePaths.js';
import { stageLabel } from '../../src/views/stageLabel.js';
import { eventsForSteps } from './support.js';

const SLOW = { timeout: 60_000 };
const COMPLIANCE = ['compliant', 'warned', 'enforcement', 'reengaging'];

describe('lifecyclePaths (model-based, generated from the statechart)', () => {
  it('reaches every stage', SLOW, () => {
    expect(new Set(lifecyclePaths().map((p) => p.stage))).toEqual(new Set(STAGES));
  });

  it(
    'reaches every nested state: assessment, planning, both delivery phases with each compliance state',
    SLOW,
    () => {
      const expected = [
        'opened',
        'assessment.inProgress',
        'assessment.awaitingSignOff',
        'planning.drafting',
        'planning.awaitingAgreement',
        'planning.signedOff',
        ...COMPLIANCE.map((c) => `delivery.community+${c}`),
        ...COMPLIANCE.map((c) => `delivery.custody+${c}`),
        'review',
        'closing',
        'closed',
        'transferred',
      ];
      expect(
        lifecyclePaths()
          .map((p) => p.reaches)
          .sort(),
      ).toEqual(expected.sort());
    },
  );

  it('walks each path through the reducer to the state the statechart promised', SLOW, () => {
    for (const path of lifecyclePaths()) {
      const state = replay(eventsForSteps(path.steps, path.custodial));
      expect(stageLabel(state), path.steps.map((s) => s.type).join(' > ')).toBe(path.reaches);
    }
  });

  it('can close the case from every stage that is not final', SLOW, () => {
    for (const path of lifecyclePaths()) {
      if (path.stage === 'closed' || path.stage === 'transferred') continue;
      expect(path.toClosure, path.reaches).not.toBeNull();
      const steps = [...path.steps, ...(path.toClosure ?? [])];
      expect(replay(eventsForSteps(steps, path.custodial)).stage, path.reaches).toBe('closed');
    }
  });

  it('offers no way on from a transferred case, and none needed from a closed one', SLOW, () => {
    const byLabel = new Map(lifecyclePaths().map((p) => [p.reaches, p]));
    expect(byLabel.get('transferred')?.toClosure).toBeNull();
    expect(byLabel.get('closed')?.toClosure).toEqual([]);
  });

  it(
    'gives a review step the decision its payload takes, and no choice to other steps',
    SLOW,
    () => {
      const closed = lifecyclePaths().find((p) => p.reaches === 'closed');
      const steps = Object.fromEntries(closed?.steps.map((s) => [s.type, s]) ?? []);
      expect(steps).toMatchObject({
        'assessment.started': { type: 'assessment.started' },
        'plan.drafted': { type: 'plan.drafted' },
        'review.completed': { decision: 'close' },
      });
      expect(steps['plan.drafted']).not.toHaveProperty('decision');
    },
  );

  it('starts from a newly opened case: the path to opened is empty', SLOW, () => {
    expect(lifecyclePaths().find((p) => p.reaches === 'opened')?.steps).toEqual([]);
  });
});

describe('lifecyclePaths({ cover: "transitions" })', () => {
  it('walks every transition of the statechart through the reducer to its target', SLOW, () => {
    const paths = lifecyclePaths({ cover: 'transitions' });
    for (const path of paths) {
      const last = path.steps.at(-1);
      const state = replay(eventsForSteps(path.steps, path.custodial));
      expect(stageLabel(state), `${last?.type} ${last?.decision ?? ''}`).toBe(path.reaches);
    }
  });

  it(
    'walks compliance and a release recorded while a plan is reviewed, revised or reassessed',
    SLOW,
    () => {
      const outside = lifecyclePaths({ cover: 'transitions' }).filter(
        (p) => p.stage !== 'delivery' && p.steps.length > 0,
      );
      const taken = (type: string) =>
        new Set(outside.filter((p) => p.steps.at(-1)?.type === type).map((p) => p.stage));
      for (const type of [
        'compliance.warningIssued',
        'compliance.breachActionTaken',
        'compliance.breachOutcomeRecorded',
        'compliance.reengaged',
        'custody.phaseEnded',
      ]) {
        expect(taken(type), type).toEqual(new Set(['assessment', 'planning', 'review']));
      }
    },
  );

  it('takes every event the statechart routes, and every review decision', SLOW, () => {
    const taken = new Set(
      lifecyclePaths({ cover: 'transitions' }).map((p) => {
        const last = p.steps.at(-1);
        return `${last?.type}${last?.decision ? `:${last.decision}` : ''}`;
      }),
    );
    for (const routed of [
      'assessment.started',
      'assessment.submitted',
      'assessment.returned',
      'assessment.signedOff',
      'plan.drafted',
      'plan.revised',
      'plan.signedOff',
      'plan.activated',
      'custody.phaseEnded',
      'compliance.warningIssued',
      'compliance.breachActionTaken',
      'compliance.breachOutcomeRecorded',
      'compliance.reengaged',
      'review.triggered',
      'review.completed:continue',
      'review.completed:revise-plan',
      'review.completed:reassess',
      'review.completed:close',
      'case.closed',
      'case.transferred',
    ]) {
      expect(taken).toContain(routed);
    }
  });
});
