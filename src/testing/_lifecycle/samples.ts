import type { SampleChoice } from '../../lifecycle/defineEvent.js';
import type { CaseEventInput, CaseEventType } from '../../lifecycle/events/index.js';
import { openCase, safeApplyEvent } from '../../lifecycle/reducer.js';
import type { CaseState } from '../../lifecycle/state.js';
import { sampleEvent as nextSample, sampleContent } from './sampler.js';

/** Types the tour samples without applying: their sample names what the tour's case lacks. */
const SAMPLED_ONLY: ReadonlySet<string> = new Set(['order.contractAgreed']);

/** A tour that writes every event type once (valid in this order for a DTO case). */
const TOUR: readonly (CaseEventType | readonly [CaseEventType, SampleChoice])[] = [
  'case.opened',
  'case.managerChanged',
  'parentCarer.added',
  'parentCarer.updated',
  'involvement.recorded',
  'involvement.invalidated',
  'finding.overridden',
  'finding.overrideWithdrawn',
  'staff.recorded',
  'assessment.started',
  'assessment.submitted',
  'assessment.returned',
  'assessment.submitted',
  'assessment.signedOff',
  'plan.drafted',
  'plan.revised',
  'plan.agreementRecorded',
  'plan.signedOff',
  'plan.activated',
  'contact.recorded',
  ['contact.recorded', { attendance: 'unacceptable-absence' }],
  'compliance.absenceAddressed',
  'objective.statusChanged',
  'action.statusChanged',
  'referral.made',
  'referral.updated',
  'compliance.warningIssued',
  'compliance.breachActionTaken',
  'compliance.breachOutcomeRecorded',
  'compliance.reengaged',
  'history.recorded',
  'bailOrRemand.decided',
  'order.made',
  'custody.datesRecorded',
  // Sampled only: a DTO case has no referral order awaiting its contract.
  'order.contractAgreed',
  'custody.phaseEnded',
  'sharing.basisRecorded',
  'agency.copySent',
  'meeting.held',
  'case.leadProfessionalNamed',
  'agencyPlan.linked',
  'agencyPlan.reviewed',
  'agencyPlan.ended',
  'victim.recorded',
  'victim.contacted',
  'victim.restorativeJusticeOffered',
  'mappa.recorded',
  'mappa.ended',
  'transition.decided',
  'sharing.basisRecorded',
  'meeting.held',
  'transition.handedOver',
  'transition.reviewed',
  'sharing.basisEnded',
  // The DTO is revoked and the child resentenced to a YRO, which is then varied.
  'order.revoked',
  'order.varied',
  'review.triggered',
  ['review.completed', { decision: 'close' }],
  'case.closed',
  'case.transferred',
];

let samples: Map<string, CaseEventInput> | undefined;

function tour(): Map<string, CaseEventInput> {
  if (samples) return samples;
  const content = sampleContent('dto');
  const found = new Map<string, CaseEventInput>();
  let state: CaseState | undefined;
  for (const stop of TOUR) {
    const [type, choice] = typeof stop === 'string' ? [stop, {}] : stop;
    const event = nextSample({
      type,
      record: state?.record,
      index: state?.events.length ?? 0,
      start: '2025-01-06',
      content,
      choice,
    });
    if (state === undefined) {
      state = openCase(event);
    } else if (!SAMPLED_ONLY.has(type)) {
      // The tour ends with both ways a case ends: the last is sampled, not applied.
      const next = safeApplyEvent(state, event);
      if (next.ok) state = next.value;
      else if (next.error.code !== 'event_not_allowed') throw next.error;
    }
    if (!found.has(type)) found.set(type, event);
  }
  samples = found;
  return found;
}

/** @internal The event types that have a sample. */
export function sampleEventTypes(): CaseEventType[] {
  return [...tour().keys()] as CaseEventType[];
}

/**
 * @internal A schema-valid event of `type` (a fresh copy). Its references fit the tour it comes
 * from, not necessarily the case it is applied to.
 */
export function sampleEvent(type: CaseEventType): CaseEventInput {
  const event = tour().get(type);
  if (!event) throw new Error(`No sample event of type ${type}`);
  return structuredClone(event);
}
