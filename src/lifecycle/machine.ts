import { setup } from 'xstate';
import type { ReviewDecision } from '../model/review.js';
import type { ComplianceStatus } from './derive.js';
import { EVENT_DEFINITIONS } from './events/index.js';
import type { Stage } from './stages.js';

/**
 * What the machine knows of the case between events: enough to route into the right delivery
 * phase and compliance state (after a review, say). Derived from the case record, never stored.
 *
 * @example
 * const context: MachineContext = { custodial: true, custodyEnded: false, compliance: 'compliant' };
 */
export interface MachineContext {
  readonly custodial: boolean;
  readonly custodyEnded: boolean;
  readonly compliance: ComplianceStatus;
}

/**
 * Facts about the case and the event that the structural guards read.
 *
 * @example
 * const facts: GuardFacts = { decision: 'revise-plan' }; // what review.completed tells the guards
 */
export interface GuardFacts {
  readonly hasPlan?: boolean;
  readonly planVersionExists?: boolean;
  readonly assessmentSignedOff?: boolean;
  readonly decision?: ReviewDecision;
}

/**
 * The event as the machine sees it: its type and the facts its guards need.
 *
 * @example
 * const event: MachineEvent = { type: 'plan.activated', facts: { assessmentSignedOff: true } };
 */
export interface MachineEvent {
  readonly type: string;
  readonly facts: GuardFacts;
}

/** Events that stay in a stage, declared with each event definition (`allowedIn`). */
function withinStage(stage: Stage) {
  const on: Record<string, { actions: 'record'; guard?: 'planVersionExists' }> = {};
  for (const d of EVENT_DEFINITIONS) {
    if (!('allowedIn' in d) || !d.allowedIn?.includes(stage)) continue;
    on[d.type] =
      d.type === 'plan.agreementRecorded'
        ? { actions: 'record', guard: 'planVersionExists' }
        : { actions: 'record' };
  }
  return on;
}

const decided =
  (decision: ReviewDecision) =>
  ({ event }: { event: MachineEvent }) =>
    event.facts.decision === decision;

/**
 * The case lifecycle as an xstate 5 statechart: the single authority on what may happen when.
 * Guards encode structural rules only (a plan cannot be activated before the assessment is
 * signed off; a case closes only after a closing review; agreement attaches to an existing
 * plan version). Practice guidance lives in the checks, so professional judgement stays possible.
 *
 * @example
 * import { createActor } from 'xstate';
 * const actor = createActor(caseMachine, { input: { custodial: false, custodyEnded: false, compliance: 'compliant' } });
 */
export const caseMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as MachineEvent,
    input: {} as MachineContext,
  },
  guards: {
    custodyPhase: ({ context }) => context.custodial && !context.custodyEnded,
    warned: ({ context }) => context.compliance === 'warned',
    inEnforcement: ({ context }) => context.compliance === 'enforcement',
    reengaging: ({ context }) => context.compliance === 'reengaging',
    noPlanYet: ({ event }) => event.facts.hasPlan === false,
    hasPlan: ({ event }) => event.facts.hasPlan === true,
    planVersionExists: ({ event }) => event.facts.planVersionExists === true,
    assessmentSignedOff: ({ event }) => event.facts.assessmentSignedOff === true,
    decidedContinue: decided('continue'),
    decidedRevisePlan: decided('revise-plan'),
    decidedReassess: decided('reassess'),
    decidedClose: decided('close'),
  },
  actions: {
    /** Within-stage events change the record only (the reducer applies them). */
    record: () => {},
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => input,
  initial: 'opened',
  on: { 'case.transferred': { target: '.transferred' } },
  states: {
    opened: {
      description: 'Referral received and case opened; assessment not yet begun.',
      on: { ...withinStage('opened'), 'assessment.started': { target: 'assessment.inProgress' } },
    },
    assessment: {
      initial: 'inProgress',
      on: withinStage('assessment'),
      states: {
        inProgress: {
          on: {
            'assessment.started': { actions: 'record' },
            'assessment.submitted': { target: 'awaitingSignOff' },
          },
        },
        awaitingSignOff: {
          on: {
            'assessment.signedOff': { target: '#case.planning' },
            'assessment.returned': { target: 'inProgress' },
          },
        },
      },
    },
    planning: {
      initial: 'drafting',
      on: withinStage('planning'),
      states: {
        drafting: {
          on: {
            'plan.drafted': { target: 'awaitingAgreement', guard: 'noPlanYet' },
            'plan.revised': { target: 'awaitingAgreement', guard: 'hasPlan' },
          },
        },
        awaitingAgreement: {
          on: {
            'plan.revised': { target: 'awaitingAgreement', reenter: true },
            'plan.signedOff': { target: 'signedOff' },
          },
        },
        signedOff: {
          on: {
            'plan.activated': { target: '#case.delivery', guard: 'assessmentSignedOff' },
            'plan.revised': { target: 'awaitingAgreement' },
          },
        },
      },
    },
    delivery: {
      type: 'parallel',
      on: { ...withinStage('delivery'), 'review.triggered': { target: '#case.review' } },
      states: {
        phase: {
          initial: 'entering',
          states: {
            entering: {
              always: [{ target: 'custody', guard: 'custodyPhase' }, { target: 'community' }],
            },
            custody: { on: { 'custody.phaseEnded': { target: 'community' } } },
            community: {},
          },
        },
        compliance: {
          initial: 'entering',
          states: {
            entering: {
              always: [
                { target: 'warned', guard: 'warned' },
                { target: 'enforcement', guard: 'inEnforcement' },
                { target: 'reengaging', guard: 'reengaging' },
                { target: 'compliant' },
              ],
            },
            compliant: {
              on: {
                'compliance.warningIssued': { target: 'warned' },
                'compliance.breachActionTaken': { target: 'enforcement' },
              },
            },
            warned: {
              on: {
                'compliance.warningIssued': { target: 'warned', reenter: true },
                'compliance.breachActionTaken': { target: 'enforcement' },
                'compliance.reengaged': { target: 'compliant' },
              },
            },
            enforcement: {
              on: { 'compliance.breachOutcomeRecorded': { target: 'reengaging' } },
            },
            reengaging: {
              on: {
                'compliance.reengaged': { target: 'compliant' },
                'compliance.warningIssued': { target: 'warned' },
                'compliance.breachActionTaken': { target: 'enforcement' },
              },
            },
          },
        },
      },
    },
    review: {
      description: 'A scheduled or triggered review of the plan.',
      on: {
        ...withinStage('review'),
        'review.completed': [
          { target: 'delivery', guard: 'decidedContinue' },
          { target: 'planning.drafting', guard: 'decidedRevisePlan' },
          { target: 'assessment.inProgress', guard: 'decidedReassess' },
          { target: 'closing', guard: 'decidedClose' },
        ],
      },
    },
    closing: {
      description: 'The closing review decided to close; exit plan being finalised.',
      on: { ...withinStage('closing'), 'case.closed': { target: 'closed' } },
    },
    closed: { type: 'final' },
    transferred: { type: 'final' },
  },
});
