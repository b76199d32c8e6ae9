import type { CaseEventInput } from '../../lifecycle/events/index.js';
import type { Agreement } from '../../model/agreement.js';
import type { ReviewTrigger } from '../../model/review.js';
import type { DriverDisposal } from './content.js';
import { type CaseDriver, caseDriver } from './driver.js';

/** @internal Things that may happen in any active stage. */
export const ANYTIME_STEPS = [
  'staff',
  'involvement',
  'invalidate',
  'parent-added',
  'parent-updated',
  'manager-changed',
  'override',
  'withdraw-override',
  'history',
  'bail',
  'multi-agency',
] as const;

/** @internal Things that happen while a plan is delivered (skipped where they cannot happen). */
export const DELIVERY_STEPS = [
  'contact',
  'missed-contact',
  'informal-response',
  'acceptable-absence',
  'objective',
  'action',
  'referral',
  'referral-update',
  'warning',
  'breach',
  'breach-outcome',
  'reengage',
  'release',
  'late-agreement',
  'further-trigger',
  'contract',
  'vary',
  'revoke',
  'further-order',
  'custody-dates',
] as const;

/** @internal One small thing that happens during a case. */
export type ScriptStep = (typeof ANYTIME_STEPS)[number] | (typeof DELIVERY_STEPS)[number];

/** @internal One party's answer to a plan version. */
export interface AgreementChoice {
  readonly party: 'child' | 'parent';
  readonly status: Agreement['status'];
}

/** @internal How a plan version is made: drafts, agreements, sign-off and activation. */
export interface PlanningScript {
  readonly steps: readonly ScriptStep[];
  /** Agreements to a draft that is then replaced by another draft before sign-off. */
  readonly redrafts: readonly (readonly AgreementChoice[])[];
  readonly agreements: readonly AgreementChoice[];
  /** A revision after sign-off and before activation (back to awaiting agreement). */
  readonly reviseAfterSignOff: boolean;
}

/** @internal A stretch of delivery ending in a review that does not close the case. */
export interface CycleScript {
  readonly steps: readonly ScriptStep[];
  readonly trigger: ReviewTrigger;
  readonly reviewSteps: readonly ScriptStep[];
  readonly decision: 'continue' | 'revise-plan' | 'reassess';
  /** For a reassessment: how many times the manager returns it. */
  readonly returns: number;
  /** For a revision or reassessment: how the next plan version is made. */
  readonly planning: PlanningScript;
}

/** @internal How a generated case ends, if it does. */
export type ScriptEnding =
  | { readonly kind: 'close'; readonly closingSteps: readonly ScriptStep[] }
  | { readonly kind: 'transfer'; readonly atEvent: number }
  | { readonly kind: 'open' };

/**
 * @internal A case's lifecycle as a handful of small choices: the order, who is involved, what
 * happens in each stage, what each review decides, how it ends. Shrinks to a short, readable
 * story; {@link eventsFromScript} turns it into the event log.
 */
export interface LifecycleScript {
  readonly disposal: DriverDisposal;
  readonly parents: number;
  readonly opening: readonly ScriptStep[];
  readonly assessment: { readonly returns: number; readonly steps: readonly ScriptStep[] };
  readonly planning: PlanningScript;
  readonly cycles: readonly CycleScript[];
  readonly ending: ScriptEnding;
}

type Stage = 'opened' | 'assessment' | 'planning' | 'delivery' | 'review' | 'closing';
type Compliance = 'compliant' | 'warned' | 'enforcement' | 'reengaging';

/** Stops the interpreter once a transfer ends the case part-way. */
class Transferred {}

/** Follows a script, writing events through the driver only where the lifecycle allows them. */
class Interpreter {
  stage: Stage = 'opened';
  compliance: Compliance = 'compliant';
  released = false;
  /** Whether the case holds a custodial order (a DTO until it is revoked for a YRO). */
  custodial: boolean;

  constructor(
    readonly script: LifecycleScript,
    readonly d: CaseDriver,
  ) {
    this.custodial = script.disposal === 'dto';
  }

  emit(...args: Parameters<CaseDriver['emit']>): void {
    const ending = this.script.ending;
    if (ending.kind === 'transfer' && this.d.events.length >= Math.max(1, ending.atEvent)) {
      this.d.emit('case.transferred');
      throw new Transferred();
    }
    this.d.emit(...args);
  }

  step(step: ScriptStep): void {
    const { d, stage } = this;
    const delivering = stage === 'delivery' || stage === 'review';
    const referring = delivering || stage === 'planning';
    const reviewing = stage === 'review' || stage === 'planning' || stage === 'assessment';
    const plain: Partial<Record<ScriptStep, [boolean, ...Parameters<CaseDriver['emit']>]>> = {
      involvement: [d.people() > 0, 'involvement.recorded'],
      invalidate: [d.validInvolvement() > 0, 'involvement.invalidated'],
      'parent-added': [true, 'parentCarer.added'],
      'parent-updated': [d.people() > 0, 'parentCarer.updated'],
      'manager-changed': [true, 'case.managerChanged'],
      staff: [true, 'staff.recorded'],
      override: [true, 'finding.overridden'],
      'withdraw-override': [d.overrides() > 0, 'finding.overrideWithdrawn'],
      referral: [referring, 'referral.made'],
      'referral-update': [referring && d.referrals() > 0, 'referral.updated'],
      contact: [delivering, 'contact.recorded', { attendance: 'attended' }],
      'missed-contact': [delivering, 'contact.recorded', { attendance: 'unacceptable-absence' }],
      'acceptable-absence': [delivering, 'contact.recorded', { attendance: 'acceptable-absence' }],
      'informal-response': [delivering && d.absences() > 0, 'compliance.absenceAddressed'],
      objective: [delivering, 'objective.statusChanged'],
      action: [delivering, 'action.statusChanged'],
      'late-agreement': [delivering, 'plan.agreementRecorded', { agreement: 'agreed' }],
      // In delivery a trigger starts a review; elsewhere it is a further one, for the open review or the next.
      'further-trigger': [reviewing, 'review.triggered', { trigger: 'new-offence' }],
      history: [true, 'history.recorded'],
      bail: [true, 'bailOrRemand.decided'],
      contract: [d.awaitingContract(), 'order.contractAgreed'],
      vary: [d.variable(), 'order.varied'],
      'further-order': [true, 'order.made'],
      'custody-dates': [d.custodyDatesDue(), 'custody.datesRecorded'],
    };
    if (step === 'revoke') {
      // The sample resentences to a youth rehabilitation order: custody ends with the revocation.
      if (d.revocable()) {
        this.emit('order.revoked');
        this.custodial = false;
      }
      return;
    }
    if (step === 'multi-agency') {
      this.multiAgency();
      return;
    }
    const planned = plain[step];
    if (!planned) {
      this.complianceStep(step as Parameters<Interpreter['complianceStep']>[0]);
    } else if (planned[0]) {
      const [, type, choice] = planned;
      this.emit(type, choice);
    }
  }

  /**
   * Work with other agencies, victims and the hand-over at 18, each event where the record
   * holds what it names: a basis for sharing, a copy, a meeting, the lead professional, another
   * agency's plan, a victim, MAPPA, the transfer decision and hand-over, then the endings.
   */
  multiAgency(): void {
    const facts = () => this.d.agencies();
    this.emit('sharing.basisRecorded');
    if (facts().plans > 0) this.emit('agency.copySent');
    this.emit('meeting.held');
    this.emit('case.leadProfessionalNamed');
    this.emit('agencyPlan.linked');
    this.emit('agencyPlan.reviewed');
    this.emit('victim.recorded');
    this.emit('victim.contacted');
    this.emit('victim.restorativeJusticeOffered');
    this.emit('mappa.recorded');
    if (!facts().handedOver) {
      if (!facts().transferDecided) this.emit('transition.decided');
      if (!facts().probationBasis) this.emit('sharing.basisRecorded');
      if (!facts().transitionMeeting) this.emit('meeting.held');
      this.emit('transition.handedOver');
    }
    this.emit('transition.reviewed');
    if (facts().agencyPlans > 0) this.emit('agencyPlan.ended');
    if (facts().mappa) this.emit('mappa.ended');
    if (facts().bases > 0) this.emit('sharing.basisEnded');
  }

  /** Compliance and custody go on wherever supervision does: not before assessment, nor in closing. */
  complianceStep(step: 'warning' | 'breach' | 'breach-outcome' | 'reengage' | 'release'): void {
    if (this.stage === 'opened' || this.stage === 'closing') return;
    const c = this.compliance;
    if (step === 'warning' && c !== 'enforcement') {
      this.emit('compliance.warningIssued');
      this.compliance = 'warned';
    } else if (step === 'breach' && c !== 'enforcement') {
      this.emit('compliance.breachActionTaken');
      this.compliance = 'enforcement';
    } else if (step === 'breach-outcome' && c === 'enforcement') {
      this.emit('compliance.breachOutcomeRecorded');
      this.compliance = 'reengaging';
    } else if (step === 'reengage' && (c === 'warned' || c === 'reengaging')) {
      this.emit('compliance.reengaged');
      this.compliance = 'compliant';
    } else if (step === 'release' && this.custodial && !this.released) {
      this.emit('custody.phaseEnded');
      this.released = true;
    }
  }

  steps(steps: readonly ScriptStep[]): void {
    for (const s of steps) this.step(s);
  }

  agree(choices: readonly AgreementChoice[]): void {
    for (const c of choices) {
      this.emit('plan.agreementRecorded', { party: c.party, agreement: c.status });
    }
  }

  assess(returns: number, steps: readonly ScriptStep[]): void {
    this.steps(steps);
    for (let i = 0; i < returns; i++) {
      this.emit('assessment.submitted');
      this.emit('assessment.returned');
    }
    this.emit('assessment.submitted');
    this.emit('assessment.signedOff');
    this.stage = 'planning';
  }

  plan(p: PlanningScript, first: boolean): void {
    this.steps(p.steps);
    this.emit(first ? 'plan.drafted' : 'plan.revised');
    for (const agreements of p.redrafts) {
      this.agree(agreements);
      this.emit('plan.revised');
    }
    this.agree(p.agreements);
    this.emit('plan.signedOff');
    if (p.reviseAfterSignOff) {
      this.emit('plan.revised');
      this.agree(p.agreements);
      this.emit('plan.signedOff');
    }
    this.emit('plan.activated');
    this.stage = 'delivery';
  }

  cycle(c: CycleScript): void {
    this.steps(c.steps);
    this.emit('review.triggered', { trigger: c.trigger });
    this.stage = 'review';
    this.steps(c.reviewSteps);
    this.emit('review.completed', { decision: c.decision });
    if (c.decision === 'continue') {
      this.stage = 'delivery';
      return;
    }
    if (c.decision === 'reassess') {
      this.stage = 'assessment';
      this.assess(c.returns, []);
    } else {
      this.stage = 'planning';
    }
    this.plan(c.planning, false);
  }

  run(): void {
    const s = this.script;
    this.d.emit('case.opened');
    this.steps(s.opening);
    this.emit('assessment.started');
    this.stage = 'assessment';
    this.assess(s.assessment.returns, s.assessment.steps);
    this.plan(s.planning, true);
    for (const c of s.cycles) this.cycle(c);
    if (s.ending.kind === 'transfer') {
      this.d.emit('case.transferred');
    } else if (s.ending.kind === 'close') {
      this.emit('review.triggered', { trigger: 'end-of-order' });
      this.emit('review.completed', { decision: 'close' });
      this.stage = 'closing';
      this.steps(
        s.ending.closingSteps.filter((x) => (ANYTIME_STEPS as readonly string[]).includes(x)),
      );
      this.d.emit('case.closed');
    }
  }
}

/**
 * @internal The event log a script describes. Every event is one the lifecycle accepts, by the
 * script's own account of the lifecycle (never by asking the library).
 */
export function eventsFromScript(script: LifecycleScript): CaseEventInput[] {
  const driver = caseDriver({ disposal: script.disposal, parents: script.parents });
  try {
    new Interpreter(script, driver).run();
  } catch (e) {
    if (!(e instanceof Transferred)) throw e;
  }
  return driver.events;
}
