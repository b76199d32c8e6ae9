import * as z from 'zod';
import { AssessmentSchema } from '../../model/assessment.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { conflict, defineEvent, missing, type RecordDraft } from '../defineEvent.js';
import { latestAssessment } from '../derive.js';
import type { CaseRecord } from '../record.js';
import { signOffIssues } from '../signOff.js';

const submittedOne = (record: CaseRecord, assessmentId: string) => {
  const latest = latestAssessment(record);
  return latest?.id === assessmentId && latest.status === 'submitted'
    ? []
    : [missing(['assessmentId'], 'Refers to no assessment awaiting sign-off')];
};

/** The assessment being worked on (in progress, or returned for rework), if any. */
const openAssessment = (record: CaseRecord) =>
  record.assessments.find((a) => a.status === 'in-progress' || a.status === 'returned');

/** The draft's record of an assessment (the step that calls it has checked it exists). */
const draftOf = (draft: RecordDraft, id: string) =>
  draft.assessments.find((a) => a.id === id) as RecordDraft['assessments'][number];

/** The id of the newest assessment awaiting sign-off, for samples. */
const awaitingSignOff = (record: CaseRecord) => latestAssessment(record)?.id ?? 'a-1';

/**
 * @internal `assessment.started`: work on an assessment begins. One assessment at a time: a plan
 * must be traceable to the assessment it rests on, so another cannot start while one is in
 * progress or returned for rework.
 */
export const assessmentStarted = defineEvent({
  type: 'assessment.started',
  description: 'Work on an assessment begins.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema }),
  moves: [{ from: 'opened', to: 'assessment.inProgress' }, { from: 'assessment.inProgress' }],
  offeredWhen: (record) => openAssessment(record) === undefined,
  check: (record, { payload }) => {
    if (record.assessments.some((a) => a.id === payload.assessmentId)) {
      return [conflict(['assessmentId'], 'An assessment with this id is already in the case')];
    }
    return openAssessment(record)
      ? [
          conflict(
            ['assessmentId'],
            'Another assessment is still in progress; complete and submit it before starting a new one',
          ),
        ]
      : [];
  },
  apply: (draft, { payload }) => {
    draft.assessments.push({
      id: payload.assessmentId,
      status: 'in-progress',
      startedOn: payload.on,
      returns: [],
    });
  },
  summary: () => 'Assessment started',
  sample: (_record, { on, newId }) => ({ assessmentId: newId('a'), on }),
});

/**
 * @internal `assessment.submitted`: the completed assessment goes for manager sign-off.
 */
export const assessmentSubmitted = defineEvent({
  type: 'assessment.submitted',
  description: 'A completed assessment is submitted for manager sign-off.',
  payload: z.strictObject({ assessment: AssessmentSchema }),
  moves: [{ from: 'assessment.inProgress', to: 'assessment.awaitingSignOff' }],
  check: (record, { payload }) => {
    const existing = record.assessments.find((a) => a.id === payload.assessment.id);
    return existing && existing.status !== 'in-progress' && existing.status !== 'returned'
      ? [conflict(['assessment', 'id'], 'This assessment was already submitted')]
      : [];
  },
  apply: (draft, { payload: { assessment }, by }) => {
    const existing = draft.assessments.find((a) => a.id === assessment.id);
    if (existing) {
      existing.status = 'submitted';
      existing.assessment = assessment;
      existing.submittedBy = by;
    } else {
      draft.assessments.push({
        id: assessment.id,
        status: 'submitted',
        assessment,
        submittedBy: by,
        returns: [],
      });
    }
  },
  summary: () => 'Assessment submitted for sign-off',
  sample: (record, { on, newId, content }) => {
    const id = openAssessment(record)?.id ?? newId('a');
    const signedBefore = record.assessments.some((a) => a.status === 'signed-off');
    return {
      assessment: content.assessment(
        id,
        signedBefore ? 'reassessment' : 'initial',
        on,
        record,
      ) as z.input<typeof AssessmentSchema>,
    };
  },
});

/**
 * @internal `assessment.signedOff`: a manager countersigns the assessment.
 */
export const assessmentSignedOff = defineEvent({
  type: 'assessment.signedOff',
  description: 'A manager signs off (countersigns) the submitted assessment.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema }),
  moves: [{ from: 'assessment.awaitingSignOff', to: 'planning' }],
  check: (record, { payload, by }) => {
    const missingOne = submittedOne(record, payload.assessmentId);
    if (missingOne.length > 0) return missingOne;
    const written = record.assessments.find((a) => a.id === payload.assessmentId);
    return signOffIssues(record, by, [written?.assessment?.completedBy, written?.submittedBy]);
  },
  apply: (draft, { payload, by }) => {
    const assessment = draftOf(draft, payload.assessmentId);
    assessment.status = 'signed-off';
    assessment.signedOff = { by, on: payload.on };
  },
  summary: () => 'Assessment signed off',
  sample: (record, { on }) => ({ assessmentId: awaitingSignOff(record), on }),
});

/**
 * @internal `assessment.returned`: the manager returns the assessment for rework.
 */
export const assessmentReturned = defineEvent({
  type: 'assessment.returned',
  description: 'A manager returns the submitted assessment for rework, with the reason.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema, reason: TextSchema }),
  moves: [{ from: 'assessment.awaitingSignOff', to: 'assessment.inProgress' }],
  check: (record, { payload }) => submittedOne(record, payload.assessmentId),
  apply: (draft, { payload, by }) => {
    const assessment = draftOf(draft, payload.assessmentId);
    assessment.status = 'returned';
    assessment.returns.push({ by, on: payload.on, reason: payload.reason });
  },
  summary: () => 'Assessment returned for rework',
  sample: (record, { on, content }) => ({
    assessmentId: awaitingSignOff(record),
    on,
    reason: content.text('say more'),
  }),
});

/** @internal The assessment events. */
export const assessmentEvents = [
  assessmentStarted,
  assessmentSubmitted,
  assessmentSignedOff,
  assessmentReturned,
] as const;
