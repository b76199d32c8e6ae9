import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StateValue, transition } from 'xstate';
import type { MachineContext } from '../../src/lifecycle/context.js';
import type { Fact } from '../../src/lifecycle/defineEvent.js';
import type { ComplianceStatus } from '../../src/lifecycle/derive.js';
import { EVENT_TYPES } from '../../src/lifecycle/events/index.js';
import { caseMachine } from '../../src/lifecycle/machine.js';
import { labelOf } from '../../src/lifecycle/stateValue.js';
import { nextStateValue, own } from '../../src/lifecycle/transitions.js';

const community: MachineContext = {
  custodial: false,
  custodyEnded: false,
  compliance: 'compliant',
};

/** The statechart's own answer: the label of the next state, or null when it refuses. */
function next(
  value: StateValue,
  type: string,
  fact: Fact = undefined,
  context: MachineContext = community,
): string | null {
  const snapshot = caseMachine.resolveState({ value, context });
  const event = { type, fact };
  if (snapshot.status !== 'active' || !snapshot.can(event)) return null;
  return labelOf(transition(caseMachine, snapshot, event)[0].value);
}

const delivering = (compliance: ComplianceStatus = 'compliant', phase = 'community') => ({
  delivery: { phase, compliance },
});

describe('caseMachine: stages and the structural guards', () => {
  it('starts every case in opened', () => {
    expect(caseMachine.resolveState({ value: 'opened', context: community }).value).toBe('opened');
  });

  it('moves from opened to assessment only when an assessment starts', () => {
    expect(next('opened', 'assessment.started')).toBe('assessment.inProgress');
    expect(next('opened', 'assessment.submitted')).toBeNull();
    expect(next('opened', 'plan.drafted', false)).toBeNull();
  });

  it('takes an assessment through submission, return for rework, and sign-off to planning', () => {
    expect(next({ assessment: 'inProgress' }, 'assessment.submitted')).toBe(
      'assessment.awaitingSignOff',
    );
    expect(next({ assessment: 'awaitingSignOff' }, 'assessment.returned')).toBe(
      'assessment.inProgress',
    );
    expect(next({ assessment: 'awaitingSignOff' }, 'assessment.signedOff')).toBe(
      'planning.drafting',
    );
    expect(next({ assessment: 'inProgress' }, 'assessment.signedOff')).toBeNull();
  });

  it('drafts the first plan only when the case has none, and revises only an existing one', () => {
    const drafting = { planning: 'drafting' };
    expect(next(drafting, 'plan.drafted', false)).toBe('planning.awaitingAgreement');
    expect(next(drafting, 'plan.drafted', true)).toBeNull();
    expect(next(drafting, 'plan.drafted', undefined)).toBeNull();
    expect(next(drafting, 'plan.revised', true)).toBe('planning.awaitingAgreement');
    expect(next(drafting, 'plan.revised', false)).toBeNull();
  });

  it('activates a plan only once the assessment is signed off', () => {
    const signedOff = { planning: 'signedOff' };
    expect(next(signedOff, 'plan.activated', true)).toBe('delivery.community+compliant');
    expect(next(signedOff, 'plan.activated', false)).toBeNull();
    expect(next(signedOff, 'plan.activated', undefined)).toBeNull();
    expect(next({ planning: 'awaitingAgreement' }, 'plan.activated', true)).toBeNull();
  });

  it('records agreement only against an existing plan version, in planning, delivery and review', () => {
    for (const value of [{ planning: 'awaitingAgreement' }, delivering(), 'review'] as const) {
      expect(next(value, 'plan.agreementRecorded', true)).toBe(labelOf(value));
      expect(next(value, 'plan.agreementRecorded', false)).toBeNull();
    }
    expect(next('opened', 'plan.agreementRecorded', true)).toBeNull();
  });

  it('does not make agreement a guard on sign-off (practice guidance is a check)', () => {
    expect(next({ planning: 'awaitingAgreement' }, 'plan.signedOff')).toBe('planning.signedOff');
  });

  it('sends a completed review where its decision says', () => {
    expect(next('review', 'review.completed', 'continue')).toBe('delivery.community+compliant');
    expect(next('review', 'review.completed', 'revise-plan')).toBe('planning.drafting');
    expect(next('review', 'review.completed', 'reassess')).toBe('assessment.inProgress');
    expect(next('review', 'review.completed', 'close')).toBe('closing');
    expect(next('review', 'review.completed', undefined)).toBeNull();
  });

  it('closes a case only from closing, which only a closing review reaches', () => {
    expect(next('closing', 'case.closed')).toBe('closed');
    for (const value of ['opened', 'review', delivering(), { planning: 'drafting' }] as const) {
      expect(next(value, 'case.closed')).toBeNull();
    }
    expect(next(delivering(), 'review.triggered')).toBe('review');
  });

  it('transfers a case from every stage that is not final, and from nowhere once it has ended', () => {
    const active: StateValue[] = [
      'opened',
      { assessment: 'inProgress' },
      { assessment: 'awaitingSignOff' },
      { planning: 'drafting' },
      { planning: 'awaitingAgreement' },
      { planning: 'signedOff' },
      delivering('warned', 'custody'),
      'review',
      'closing',
    ];
    for (const value of active) expect(next(value, 'case.transferred')).toBe('transferred');
    expect(next('closed', 'case.transferred')).toBeNull();
    expect(next('transferred', 'case.transferred')).toBeNull();
    expect(next('closed', 'contact.recorded')).toBeNull();
  });

  it('enters delivery in custody for a custodial order until the custody phase has ended', () => {
    const dto = { custodial: true, custodyEnded: false, compliance: 'compliant' } as const;
    const facts = true;
    expect(next({ planning: 'signedOff' }, 'plan.activated', facts, dto)).toBe(
      'delivery.custody+compliant',
    );
    expect(next('review', 'review.completed', 'continue', dto)).toBe('delivery.custody+compliant');
    const released = { ...dto, custodyEnded: true };
    expect(next('review', 'review.completed', 'continue', released)).toBe(
      'delivery.community+compliant',
    );
    expect(next(delivering('compliant', 'custody'), 'custody.phaseEnded', undefined, dto)).toBe(
      'delivery.community+compliant',
    );
    expect(next(delivering(), 'custody.phaseEnded')).toBeNull();
  });

  it('re-enters delivery in the compliance state the record shows', () => {
    for (const compliance of ['compliant', 'warned', 'enforcement', 'reengaging'] as const) {
      expect(next('review', 'review.completed', 'continue', { ...community, compliance })).toBe(
        `delivery.community+${compliance}`,
      );
    }
  });

  it('moves compliance only along warning, breach action, outcome and re-engagement', () => {
    const table: [ComplianceStatus, string, ComplianceStatus | null][] = [
      ['compliant', 'compliance.warningIssued', 'warned'],
      ['compliant', 'compliance.breachActionTaken', 'enforcement'],
      ['compliant', 'compliance.breachOutcomeRecorded', null],
      ['compliant', 'compliance.reengaged', null],
      ['warned', 'compliance.warningIssued', 'warned'],
      ['warned', 'compliance.breachActionTaken', 'enforcement'],
      ['warned', 'compliance.reengaged', 'compliant'],
      ['warned', 'compliance.breachOutcomeRecorded', null],
      ['enforcement', 'compliance.breachOutcomeRecorded', 'reengaging'],
      ['enforcement', 'compliance.warningIssued', null],
      ['enforcement', 'compliance.breachActionTaken', null],
      ['enforcement', 'compliance.reengaged', null],
      ['reengaging', 'compliance.reengaged', 'compliant'],
      ['reengaging', 'compliance.warningIssued', 'warned'],
      ['reengaging', 'compliance.breachActionTaken', 'enforcement'],
      ['reengaging', 'compliance.breachOutcomeRecorded', null],
    ];
    for (const [from, type, to] of table) {
      const context = { ...community, compliance: from };
      expect(next(delivering(from), type, undefined, context), `${from} + ${type}`).toBe(
        to === null ? null : `delivery.community+${to}`,
      );
    }
  });
});

describe('caseMachine: supervision goes on while a plan is reviewed, revised or reassessed', () => {
  const supervising: StateValue[] = [
    { assessment: 'inProgress' },
    { assessment: 'awaitingSignOff' },
    { planning: 'drafting' },
    { planning: 'awaitingAgreement' },
    { planning: 'signedOff' },
    'review',
  ];
  const COMPLIANCE_EVENTS = [
    'compliance.warningIssued',
    'compliance.breachActionTaken',
    'compliance.breachOutcomeRecorded',
    'compliance.reengaged',
  ];
  /** The compliance statuses from which each event is accepted in delivery. */
  const acceptedFrom = (type: string) =>
    (['compliant', 'warned', 'enforcement', 'reengaging'] as const).filter(
      (c) => next(delivering(c), type, undefined, { ...community, compliance: c }) !== null,
    );

  it('records compliance outside delivery from exactly the statuses delivery accepts, without moving', () => {
    for (const value of supervising) {
      for (const type of COMPLIANCE_EVENTS) {
        for (const compliance of ['compliant', 'warned', 'enforcement', 'reengaging'] as const) {
          const expected = acceptedFrom(type).includes(compliance) ? labelOf(value) : null;
          expect(
            next(value, type, undefined, { ...community, compliance }),
            `${labelOf(value)} ${compliance} ${type}`,
          ).toBe(expected);
        }
      }
    }
  });

  it('refuses compliance before assessment and once the closing review has decided', () => {
    for (const value of ['opened', 'closing', 'closed'] as const) {
      for (const type of COMPLIANCE_EVENTS) {
        expect(next(value, type, undefined, { ...community, compliance: 'warned' })).toBeNull();
      }
    }
  });

  it('records the end of custody outside delivery only for a custodial order still in custody', () => {
    const dto: MachineContext = { ...community, custodial: true };
    for (const value of supervising) {
      expect(next(value, 'custody.phaseEnded', undefined, dto)).toBe(labelOf(value));
      expect(
        next(value, 'custody.phaseEnded', undefined, { ...dto, custodyEnded: true }),
      ).toBeNull();
      expect(next(value, 'custody.phaseEnded', undefined, community)).toBeNull();
    }
    expect(next('opened', 'custody.phaseEnded', undefined, dto)).toBeNull();
    expect(next('closing', 'custody.phaseEnded', undefined, dto)).toBeNull();
  });

  it('returns to delivery in the phase and compliance state recorded meanwhile', () => {
    const released: MachineContext = {
      custodial: true,
      custodyEnded: true,
      compliance: 'enforcement',
    };
    expect(next('review', 'review.completed', 'continue', released)).toBe(
      'delivery.community+enforcement',
    );
    expect(next({ planning: 'signedOff' }, 'plan.activated', true, released)).toBe(
      'delivery.community+enforcement',
    );
  });

  it('records a further review trigger without moving; only in delivery does a trigger start a review', () => {
    for (const value of supervising) {
      expect(next(value, 'review.triggered')).toBe(labelOf(value));
    }
    expect(next(delivering('warned', 'custody'), 'review.triggered')).toBe('review');
    for (const value of ['opened', 'closing'] as const) {
      expect(next(value, 'review.triggered')).toBeNull();
    }
  });
});

describe('nextStateValue: the memoised answers bulk replay uses', () => {
  const values: StateValue[] = [
    'opened',
    { assessment: 'inProgress' },
    { assessment: 'awaitingSignOff' },
    { planning: 'drafting' },
    { planning: 'awaitingAgreement' },
    { planning: 'signedOff' },
    ...(['community', 'custody'] as const).flatMap((phase) =>
      (['compliant', 'warned', 'enforcement', 'reengaging'] as const).map((c) =>
        delivering(c, phase),
      ),
    ),
    'review',
    'closing',
    'closed',
    'transferred',
  ];

  it('always agrees with the statechart, for any state, context, event and facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...values),
        fc.record({
          custodial: fc.boolean(),
          custodyEnded: fc.boolean(),
          compliance: fc.constantFrom('compliant', 'warned', 'enforcement', 'reengaging'),
        }),
        fc.constantFrom(...EVENT_TYPES),
        fc.constantFrom<Fact>(
          true,
          false,
          undefined,
          'continue',
          'revise-plan',
          'reassess',
          'close',
        ),
        (value, context, type, fact) => {
          const memo = nextStateValue(own(value), context, type, fact);
          expect(memo === null ? null : labelOf(memo)).toBe(next(value, type, fact, context));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
