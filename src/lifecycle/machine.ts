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

const COMPLIANCE_EVENTS = [
  'compliance.warningIssued',
  'compliance.breachActionTaken',
  'compliance.breachOutcomeRecorded',
  'compliance.reengaged',
] as const;
type ComplianceEvent = (typeof COMPLIANCE_EVENTS)[number];

/**
 * How the compliance status moves, by event: the one table behind both the `compliance` region
 * of delivery and the compliance events recorded while a plan is reviewed or revised.
 */
const COMPLIANCE_MOVES: Readonly<
  Record<ComplianceStatus, Readonly<Partial<Record<ComplianceEvent, ComplianceStatus>>>>
> = {
  compliant: {
    'compliance.warningIssued': 'warned',
    'compliance.breachActionTaken': 'enforcement',
  },
  warned: {
    'compliance.warningIssued': 'warned',
    'compliance.breachActionTaken': 'enforcement',
    'compliance.reengaged': 'compliant',
  },
  enforcement: { 'compliance.breachOutcomeRecorded': 'reengaging' },
  reengaging: {
    'compliance.reengaged': 'compliant',
    'compliance.warningIssued': 'warned',
    'compliance.breachActionTaken': 'enforcement',
  },
};

/** The `compliance` region's transitions out of one status, from {@link COMPLIANCE_MOVES}. */
function complianceRegionFrom(from: ComplianceStatus) {
  const on: Record<string, { target: ComplianceStatus; reenter?: true }> = {};
  for (const [type, to] of Object.entries(COMPLIANCE_MOVES[from])) {
    if (to !== undefined) on[type] = to === from ? { target: to, reenter: true } : { target: to };
  }
  return { on };
}

/**
 * Supervision goes on while a plan is reviewed, revised or the child reassessed (also before the
 * first plan, once the order is made): compliance moves as in delivery, custody can end, and a
 * further review trigger (a new offence during an open review, say) is recorded. None of them
 * moves the stage; delivery's nested states are entered from the record when the case returns.
 */
function supervisionGoesOn() {
  type Guard = 'custodyPhase' | { type: 'complianceMoves'; params: { type: ComplianceEvent } };
  const on: Record<string, { actions: 'record'; guard: Guard }> = {
    'custody.phaseEnded': { actions: 'record', guard: 'custodyPhase' },
  };
  for (const type of COMPLIANCE_EVENTS) {
    on[type] = { actions: 'record', guard: { type: 'complianceMoves', params: { type } } };
  }
  return { ...on, 'review.triggered': { actions: 'record' as const } };
}

const decided =
  (decision: ReviewDecision) =>
  ({ event }: { event: MachineEvent }) =>
    event.facts.decision === decision;

/**
 * Where a completed review takes the case, by its decision: on with delivery (staying in
 * delivery's nested states when it is completed there), to a revised plan, a reassessment, or
 * closure. A review triggered while another was open is completed the same way once the case is
 * back in delivery, so no trigger is ever left without a way to be answered.
 */
function reviewCompleted(onContinue: { target: 'delivery' } | { actions: 'record' }) {
  return [
    { ...onContinue, guard: 'decidedContinue' as const },
    { target: 'planning.drafting', guard: 'decidedRevisePlan' as const },
    { target: 'assessment.inProgress', guard: 'decidedReassess' as const },
    { target: 'closing', guard: 'decidedClose' as const },
  ];
}

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
    complianceMoves: ({ context }, params: { type: ComplianceEvent }) =>
      COMPLIANCE_MOVES[context.compliance][params.type] !== undefined,
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
      on: { ...withinStage('assessment'), ...supervisionGoesOn() },
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
      on: { ...withinStage('planning'), ...supervisionGoesOn() },
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
      on: {
        ...withinStage('delivery'),
        'review.triggered': { target: '#case.review' },
        'review.completed': reviewCompleted({ actions: 'record' }),
      },
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
            compliant: complianceRegionFrom('compliant'),
            warned: complianceRegionFrom('warned'),
            enforcement: complianceRegionFrom('enforcement'),
            reengaging: complianceRegionFrom('reengaging'),
          },
        },
      },
    },
    review: {
      description: 'A scheduled or triggered review of the plan.',
      on: {
        ...withinStage('review'),
        ...supervisionGoesOn(),
        'review.completed': reviewCompleted({ target: 'delivery' }),
      },
    },
    closing: {
      description: 'The closing review decided to close; exit plan being finalised.',
      on: {
        ...withinStage('closing'),
        'case.closed': { target: 'closed' },
        // A trigger still open when the closing review decided is answered by closing too.
        'review.completed': { actions: 'record', guard: 'decidedClose' },
      },
    },
    closed: { type: 'final' },
    transferred: { type: 'final' },
  },
});
