import { addDays } from '../../src/_lib/calendar.js';
import { activePlan, latestAssessment, latestPlan } from '../../src/lifecycle/derive.js';
import type { CaseEventInput, CaseEventType } from '../../src/lifecycle/events/index.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { assessmentContent, planContent } from '../../src/testing/_lifecycle/content.js';

const REVIEW_DECISIONS = ['continue', 'revise-plan', 'reassess', 'close'] as const;

/**
 * Payloads for an event of `type` that refer only to what `state` holds (the open review, the
 * newest plan version, a person, a live override), dated the day after the case's last event.
 * A type whose payload depends on a choice (a review's decision, an assessment's kind) gets one
 * payload per choice. Built from the record alone, never from how the case was generated.
 */
export function payloadsFor(type: CaseEventType, state: CaseState): unknown[] {
  const { record, events } = state;
  const on = addDays((events.at(-1)?.at ?? '2025-01-01').slice(0, 10), 1);
  const fresh = `new-${events.length}`;
  const latest = latestPlan(record);
  const active = activePlan(record);
  const person = record.people[0];
  switch (type) {
    case 'case.opened':
      return [];
    case 'case.managerChanged':
      return [{ caseManager: 'pr-next', on }];
    case 'case.transferred':
      return [{ on, to: 'Another youth justice service', reason: 'Moved away' }];
    case 'case.closed':
      return [{ on, reason: 'disposal-completed' }];
    case 'assessment.started':
      return [{ assessmentId: fresh, on }];
    case 'assessment.submitted': {
      const open = record.assessments.find(
        (a) => a.status === 'in-progress' || a.status === 'returned',
      );
      const id = open?.id ?? fresh;
      return (['initial', 'reassessment'] as const).map((kind) => ({
        assessment: assessmentContent(id, kind, on),
      }));
    }
    case 'assessment.signedOff':
      return [{ assessmentId: latestAssessment(record)?.id, on }];
    case 'assessment.returned':
      return [{ assessmentId: latestAssessment(record)?.id, on, reason: 'Say more' }];
    case 'plan.drafted':
      return [{ version: 1, on, plan: planContent(1, addDays(on, 90)) }];
    case 'plan.revised': {
      const version = record.plans.length + 1;
      return [{ version, on, reason: 'review', plan: planContent(version, addDays(on, 90)) }];
    }
    case 'plan.agreementRecorded':
      return [
        {
          planVersion: latest?.version ?? 1,
          party: { kind: 'child' },
          status: 'agreed',
          recordedBy: 'pr-case-manager',
          recordedOn: on,
        },
      ];
    case 'plan.signedOff':
    case 'plan.activated':
      return [{ version: latest?.version ?? 1, on }];
    case 'contact.recorded':
      return [
        {
          contact: {
            id: fresh,
            date: on,
            kind: 'supervision',
            attendance: 'attended',
            objectiveIds: [],
            deliveredBy: { kind: 'yos', role: 'case-manager' },
          },
        },
      ];
    case 'objective.statusChanged':
      return [{ objectiveId: active?.plan.objectives[0]?.id, on, achievement: 'improving' }];
    case 'action.statusChanged':
      return [{ actionId: active?.plan.actions[0]?.id, on, status: 'in-progress' }];
    case 'referral.made':
      return [{ referralId: fresh, on, agency: 'education', service: 'Tuition' }];
    case 'referral.updated':
      return record.referrals.map((r) => ({ referralId: r.id, on, status: 'accepted' }));
    case 'compliance.warningIssued':
      return [
        { warning: { id: fresh, on, reason: 'Missed a session', consequencesExplained: true } },
      ];
    case 'compliance.breachActionTaken':
      return [{ breachAction: { id: fresh, on, to: 'court', reason: 'Repeated absences' } }];
    case 'compliance.breachOutcomeRecorded':
      return record.compliance
        .filter((c) => c.kind === 'breach-action')
        .map((c) => ({ id: fresh, breachActionId: c.id, on, outcome: 'order-continued' }));
    case 'compliance.reengaged':
      return [{ id: fresh, on }];
    case 'custody.phaseEnded':
      return [{ on }];
    case 'review.triggered':
      return [{ reviewId: fresh, on, trigger: 'scheduled' }];
    case 'review.completed': {
      const open = record.reviews.find((r) => r.outcome === undefined);
      return REVIEW_DECISIONS.map((decision) => ({
        reviewId: open?.id,
        outcome: {
          completedOn: on,
          progress: [],
          decision,
          ...(decision !== 'close' && { nextReviewDate: addDays(on, 90) }),
        },
      }));
    }
    case 'parentCarer.added':
      return [
        {
          person: { id: fresh, role: 'carer', relationship: 'aunt', parentalResponsibility: false },
        },
      ];
    case 'parentCarer.updated':
      return person ? [{ person }] : [];
    case 'involvement.recorded':
      return person
        ? [{ record: { kind: 'invited', id: fresh, personId: person.id, on, meeting: 'review' } }]
        : [];
    case 'involvement.invalidated':
      return record.involvement
        .filter((e) => !e.invalidated)
        .map((e) => ({ recordId: e.record.id, on, reason: 'Recorded in error' }));
    case 'finding.overridden':
      return [{ rule: 'plan.front-loaded', target: 'plan/actions', rationale: 'Agreed', on }];
    case 'finding.overrideWithdrawn':
      return record.overrides
        .filter((o) => !o.withdrawn)
        .map((o) => ({ overrideEventId: o.eventId, reason: 'No longer applies', on }));
  }
}

/** The events of `type` to try in `state`: one per payload. */
export function candidateEvents(type: CaseEventType, state: CaseState): CaseEventInput[] {
  const at = `${addDays((state.events.at(-1)?.at ?? '2025-01-01').slice(0, 10), 1)}T09:00:00Z`;
  return payloadsFor(type, state).map(
    (payload, i) =>
      ({ id: `try-${state.events.length}-${i}`, type, at, by: 'pr-manager', payload }) as never,
  );
}
