import type * as z from 'zod';
import { maxDate } from '../../_lib/calendar.js';
import {
  HandoverSchema,
  TransitionDecisionSchema,
  TransitionReviewSchema,
} from '../../model/transition.js';
import { eighteenthBirthday, meetingById, sharingBasisOn } from '../agencyFacts.js';
import { conflict, defineEvent, missing, type ReferenceIssue } from '../defineEvent.js';
import type { CaseRecord } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

const latest = (...dates: string[]) => dates.reduce(maxDate);

const transferDecided = (record: CaseRecord) =>
  record.transitionDecisions.at(-1)?.decision === 'transfer';

const transitionMeeting = (record: CaseRecord) =>
  record.meetings.find((m) => m.meeting.kind === 'transition-meeting')?.meeting;

const probationBasis = (record: CaseRecord) =>
  record.sharingBases.find((b) => b.basis.agency === 'probation' && b.ended === undefined);

/**
 * `transition.decided`: for a child whose order runs past 18, the decision to transfer the case
 * to the Probation Service or to keep it to the order's end, with the reason. A later decision
 * replaces an earlier one until the case is handed over.
 */
export const transitionDecided = defineEvent({
  type: 'transition.decided',
  description:
    'The decision to transfer the case to the Probation Service at 18, or to keep it in the youth justice service to the order’s end, is recorded with its reason.',
  payload: TransitionDecisionSchema,
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.handover === undefined,
  check: (record) =>
    record.handover ? [conflict(['decision'], 'The case has already been handed over')] : [],
  apply: (draft, { payload, by }) => {
    draft.transitionDecisions.push({ ...payload, by });
  },
  summary: ({ payload }) => `Transition decided: ${payload.decision}`,
  sample: (record, { on, content }) => {
    const birthday = eighteenthBirthday(record.child.dateOfBirth);
    return {
      on,
      decision: 'transfer' as const,
      reason: content.text('the order runs well past 18'),
      plannedTransferOn: latest(on, birthday),
    };
  },
});

function handoverIssues(record: CaseRecord, h: z.output<typeof HandoverSchema>): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  // Privacy first: what was shared needs a basis for sharing with probation on the day.
  if (!sharingBasisOn(record, 'probation', h.on)) {
    issues.push({
      kind: 'sharing_restricted',
      code: 'sharing_restricted',
      path: ['payload', 'shared'],
      message:
        'No lawful basis for sharing with the Probation Service is recorded for this date; record one (sharing.basisRecorded) first',
    });
  }
  if (record.handover) issues.push(conflict(['on'], 'The case has already been handed over'));
  if (!transferDecided(record)) {
    issues.push(conflict(['on'], 'The case has no decision to transfer it (transition.decided)'));
  }
  if (h.on < eighteenthBirthday(record.child.dateOfBirth)) {
    issues.push(conflict(['on'], 'The Probation Service takes over on or after the 18th birthday'));
  }
  const meeting = meetingById(record, h.meetingId);
  if (!meeting) issues.push(missing(['meetingId'], 'No meeting with this id'));
  else if (meeting.kind !== 'transition-meeting' || meeting.on > h.on) {
    issues.push(
      conflict(
        ['meetingId'],
        'The meeting named is a transition meeting held before the hand-over',
      ),
    );
  }
  return issues;
}

/**
 * `transition.handedOver`: the case is handed over to the Probation Service: the receiving team
 * and practitioner, the three-way transition meeting before it, what was shared, and the
 * child's views. The case stays open for the review after the transfer.
 */
export const transitionHandedOver = defineEvent({
  type: 'transition.handedOver',
  description:
    'The case is handed over to the Probation Service at 18: receiving team and practitioner, the transition meeting with the child, what was shared, the child’s views.',
  payload: HandoverSchema,
  stays: ACTIVE_STAGES,
  offeredWhen: (record) =>
    record.handover === undefined &&
    transferDecided(record) &&
    transitionMeeting(record) !== undefined &&
    probationBasis(record) !== undefined,
  check: (record, { payload }) => handoverIssues(record, payload),
  apply: (draft, { payload, by }) => {
    draft.handover = { ...payload, by };
  },
  summary: () => 'Case handed over to the Probation Service',
  sample: (record, { on, content }) => {
    const meeting = transitionMeeting(record);
    return {
      on: latest(
        on,
        eighteenthBirthday(record.child.dateOfBirth),
        meeting?.on ?? on,
        probationBasis(record)?.basis.from ?? on,
      ),
      probationTeam: 'Probation delivery unit',
      probationPractitionerId: 'ext-probation-1',
      meetingId: meeting?.id ?? 'm-1',
      shared: ['assessment' as const, 'intervention-plan' as const, 'risk-information' as const],
      childViews: content.text('ready to move on'),
    };
  },
});

/** `transition.reviewed`: the review after the transfer to probation. */
export const transitionReviewed = defineEvent({
  type: 'transition.reviewed',
  description:
    'The transfer to the Probation Service is reviewed afterwards: settled, or concerns raised.',
  payload: TransitionReviewSchema,
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.handover !== undefined,
  check: (record, { payload }) => {
    if (!record.handover) return [missing([], 'The case has not been handed over')];
    return payload.on < record.handover.on
      ? [conflict(['on'], 'The review after the transfer is on or after the hand-over')]
      : [];
  },
  apply: (draft, { payload, by }) => {
    draft.transitionReviews.push({ ...payload, by });
  },
  summary: ({ payload }) => `Transfer reviewed (${payload.outcome})`,
  sample: (record, { on }) => ({
    on: latest(on, record.handover?.on ?? on),
    outcome: 'settled' as const,
  }),
});

/** @internal The events of the hand-over to adult services at 18. */
export const handoverEvents = [
  transitionDecided,
  transitionHandedOver,
  transitionReviewed,
] as const;
