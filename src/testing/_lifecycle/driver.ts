import { addDays } from '../../_lib/calendar.js';
import type { CaseEventInput, CaseEventType } from '../../lifecycle/events/index.js';
import type { Agreement } from '../../model/agreement.js';
import type { Attendance } from '../../model/delivery.js';
import type { ReviewDecision, ReviewTrigger } from '../../model/review.js';
import {
  actionIds,
  assessmentContent,
  type DriverDisposal,
  objectiveIds,
  openingPayload,
  PRIVATE_TEXT,
  planContent,
} from './content.js';

/** @internal The small choices an event can take; anything left out takes a plain default. */
export interface EventChoice {
  readonly decision?: ReviewDecision;
  readonly trigger?: ReviewTrigger;
  readonly attendance?: Attendance;
  readonly agreement?: Agreement['status'];
  /** Whose agreement: the child, or the first parent/carer. */
  readonly party?: 'child' | 'parent';
}

/**
 * @internal What the driver remembers of the case it writes, kept by itself and never read from
 * the library, so the events it writes are an independent statement of what is valid.
 */
interface Model {
  people: number;
  assessments: number;
  assessmentId: string | undefined;
  versions: number;
  activeVersion: number | undefined;
  reviews: number;
  /** Reviews triggered and not yet completed, oldest first. */
  openReviews: string[];
  contacts: number;
  unacceptable: string[];
  referrals: number;
  complianceIds: number;
  openBreach: string | undefined;
  involvement: string[];
  invalidated: number;
  /** Ids of the override events not yet withdrawn. */
  overrides: string[];
}

/**
 * @internal Writes valid events for a generated case one at a time: ids, dates and references
 * (the open review, the newest plan version, the active plan's objectives) come from its own
 * model of the case. It does not decide *whether* an event may happen; its caller does.
 */
export function caseDriver(options: {
  disposal: DriverDisposal;
  parents: number;
  start?: string;
  caseId?: string;
}) {
  const start = options.start ?? '2025-01-06';
  const events: CaseEventInput[] = [];
  const m: Model = {
    people: options.parents,
    assessments: 0,
    assessmentId: undefined,
    versions: 0,
    activeVersion: undefined,
    reviews: 0,
    openReviews: [],
    contacts: 0,
    unacceptable: [],
    referrals: 0,
    complianceIds: 0,
    openBreach: undefined,
    involvement: [],
    invalidated: 0,
    overrides: [],
  };

  const payloadFor = (type: CaseEventType, on: string, c: EventChoice): unknown => {
    switch (type) {
      case 'case.opened':
        return openingPayload(options.caseId ?? 'case-1', options.disposal, on, m.people);
      case 'case.managerChanged':
        return { caseManager: `pr-manager-${events.length}`, on };
      case 'case.transferred':
        return { on, to: 'Another youth justice service', reason: `${PRIVATE_TEXT}: moved away` };
      case 'case.closed':
        return { on, reason: 'disposal-completed' };
      case 'assessment.started':
        m.assessments += 1;
        m.assessmentId = `a-${m.assessments}`;
        return { assessmentId: m.assessmentId, on };
      case 'assessment.submitted': {
        if (m.assessmentId === undefined) {
          m.assessments += 1;
          m.assessmentId = `a-${m.assessments}`;
        }
        const kind = m.assessments === 1 ? 'initial' : 'reassessment';
        return { assessment: assessmentContent(m.assessmentId, kind, on) };
      }
      case 'assessment.returned':
        return { assessmentId: m.assessmentId, on, reason: `${PRIVATE_TEXT}: say more` };
      case 'assessment.signedOff': {
        const assessmentId = m.assessmentId;
        m.assessmentId = undefined;
        return { assessmentId, on };
      }
      case 'plan.drafted':
      case 'plan.revised': {
        m.versions += 1;
        const plan = planContent(m.versions, addDays(on, 90));
        return type === 'plan.drafted'
          ? { version: 1, on, plan }
          : { version: m.versions, on, reason: 'review', plan };
      }
      case 'plan.agreementRecorded': {
        const status = c.agreement ?? 'agreed';
        const party =
          c.party === 'parent' && m.people > 0
            ? { kind: 'parent-carer', personId: 'pc-1' }
            : { kind: 'child' };
        return {
          planVersion: m.versions,
          party,
          status,
          ...(status === 'agreed-with-misgivings' && { misgivings: `${PRIVATE_TEXT}: not sure` }),
          ...(status === 'could-not-be-discussed' && { reason: `${PRIVATE_TEXT}: unwell` }),
          recordedBy: 'pr-case-manager',
          recordedOn: on,
        };
      }
      case 'plan.signedOff':
        return { version: m.versions, on };
      case 'plan.activated':
        m.activeVersion = m.versions;
        return { version: m.versions, on };
      case 'contact.recorded': {
        m.contacts += 1;
        const id = `c-${m.contacts}`;
        const attendance = c.attendance ?? 'attended';
        if (attendance === 'unacceptable-absence') m.unacceptable.push(id);
        const objectives = m.activeVersion === undefined ? [] : ['o-1'];
        return {
          contact: {
            id,
            date: on,
            kind: 'supervision',
            attendance,
            objectiveIds: objectives,
            deliveredBy: { kind: 'yos', role: 'case-manager' },
          },
        };
      }
      case 'objective.statusChanged':
        return {
          objectiveId: objectiveIds(m.activeVersion ?? 1)[events.length % 2],
          on,
          achievement: 'improving',
          evidence: `${PRIVATE_TEXT}: going better`,
        };
      case 'action.statusChanged':
        return { actionId: actionIds(m.activeVersion ?? 1)[0], on, status: 'in-progress' };
      case 'referral.made':
        m.referrals += 1;
        return { referralId: `r-${m.referrals}`, on, agency: 'education', service: 'Tuition' };
      case 'referral.updated':
        return { referralId: `r-${m.referrals}`, on, status: 'accepted' };
      case 'compliance.warningIssued':
        m.complianceIds += 1;
        return {
          warning: {
            id: `ce-${m.complianceIds}`,
            on,
            reason: `${PRIVATE_TEXT}: missed a session`,
            consequencesExplained: true,
            contactIds: m.unacceptable.slice(-1),
          },
        };
      case 'compliance.breachActionTaken':
        m.complianceIds += 1;
        m.openBreach = `ce-${m.complianceIds}`;
        return {
          breachAction: {
            id: m.openBreach,
            on,
            to: 'court',
            reason: `${PRIVATE_TEXT}: repeated absences`,
          },
        };
      case 'compliance.breachOutcomeRecorded': {
        m.complianceIds += 1;
        const breachActionId = m.openBreach;
        m.openBreach = undefined;
        return { id: `ce-${m.complianceIds}`, breachActionId, on, outcome: 'order-continued' };
      }
      case 'compliance.reengaged':
        m.complianceIds += 1;
        return { id: `ce-${m.complianceIds}`, on };
      case 'custody.phaseEnded':
        return { on };
      case 'review.triggered':
        m.reviews += 1;
        m.openReviews.push(`rv-${m.reviews}`);
        return {
          reviewId: `rv-${m.reviews}`,
          on,
          trigger: c.trigger ?? 'scheduled',
          dueBy: addDays(on, 14),
        };
      case 'review.completed': {
        const decision = c.decision ?? 'continue';
        const reviewId = m.openReviews.shift();
        const progress =
          m.activeVersion === undefined
            ? []
            : [{ objectiveId: 'o-1', on, achievement: 'in-progress' }];
        return {
          reviewId,
          outcome: {
            completedOn: on,
            progress,
            childViews: { inOwnWords: `${PRIVATE_TEXT}: it is fine`, givenOn: on },
            decision,
            ...(decision !== 'close' && { nextReviewDate: addDays(on, 90) }),
          },
        };
      }
      case 'parentCarer.added':
        m.people += 1;
        return {
          person: {
            id: `pc-${m.people}`,
            role: 'carer',
            relationship: 'aunt',
            parentalResponsibility: false,
          },
        };
      case 'parentCarer.updated':
        return {
          person: {
            id: 'pc-1',
            role: 'parent',
            relationship: 'mother',
            parentalResponsibility: true,
          },
        };
      case 'involvement.recorded': {
        const id = `inv-${events.length}`;
        m.involvement.push(id);
        return { record: { kind: 'invited', id, personId: 'pc-1', on, meeting: 'review' } };
      }
      case 'involvement.invalidated': {
        m.invalidated += 1;
        const recordId = m.involvement.shift();
        return { recordId, on, reason: `${PRIVATE_TEXT}: recorded in error` };
      }
      case 'finding.overrideWithdrawn':
        return {
          overrideEventId: m.overrides.shift(),
          on,
          reason: `${PRIVATE_TEXT}: no longer applies`,
        };
      case 'finding.overridden':
        m.overrides.push(`ev-${events.length + 1}`);
        return {
          rule: 'plan.front-loaded',
          target: 'plan/actions',
          rationale: `${PRIVATE_TEXT}: agreed with the child`,
          on,
        };
    }
  };

  return {
    events,
    /** Parents/carers in the case (the driver's count). */
    people: () => m.people,
    /** Involvement records that can still be invalidated. */
    validInvolvement: () => m.involvement.length,
    /** Referrals made so far. */
    referrals: () => m.referrals,
    /** Overrides that can still be withdrawn. */
    overrides: () => m.overrides.length,
    /** Writes the next event of `type`, dated one day after the previous one. */
    emit(type: CaseEventType, choice: EventChoice = {}): CaseEventInput {
      const on = addDays(start, events.length);
      const payload = payloadFor(type, on, choice);
      const event = {
        id: `ev-${events.length + 1}`,
        type,
        at: `${on}T09:00:00Z`,
        by: type.endsWith('signedOff') ? 'pr-manager' : 'pr-case-manager',
        payload,
      } as CaseEventInput;
      events.push(event);
      return event;
    },
  };
}

/** @internal A case driver. */
export type CaseDriver = ReturnType<typeof caseDriver>;
