import type { CaseEventInput, CaseEventType } from '../../lifecycle/events/index.js';
import { caseDriver } from './driver.js';

/** A tour that writes every event type once (valid in this order for a DTO case). */
const TOUR: readonly CaseEventType[] = [
  'case.opened',
  'case.managerChanged',
  'parentCarer.added',
  'parentCarer.updated',
  'involvement.recorded',
  'involvement.invalidated',
  'finding.overridden',
  'finding.overrideWithdrawn',
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
  'objective.statusChanged',
  'action.statusChanged',
  'referral.made',
  'referral.updated',
  'compliance.warningIssued',
  'compliance.breachActionTaken',
  'compliance.breachOutcomeRecorded',
  'compliance.reengaged',
  'custody.phaseEnded',
  'review.triggered',
  'review.completed',
  'case.closed',
  'case.transferred',
];

let samples: Map<string, CaseEventInput> | undefined;

function tour(): Map<string, CaseEventInput> {
  if (samples) return samples;
  const driver = caseDriver({ disposal: 'dto', parents: 1 });
  samples = new Map();
  for (const type of TOUR) {
    const event = driver.emit(type, type === 'review.completed' ? { decision: 'close' } : {});
    if (!samples.has(type)) samples.set(type, event);
  }
  return samples;
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
