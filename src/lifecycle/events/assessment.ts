import * as z from 'zod';
import { AssessmentSchema } from '../../model/assessment.js';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { conflict, defineEvent, missing } from '../defineEvent.js';
import { latestAssessment, replaceById } from '../derive.js';
import type { CaseRecord } from '../record.js';

const submittedOne = (record: CaseRecord, assessmentId: string) => {
  const latest = latestAssessment(record);
  return latest?.id === assessmentId && latest.status === 'submitted'
    ? []
    : [missing(['assessmentId'], 'Refers to no assessment awaiting sign-off')];
};

/**
 * One assessment at a time: a plan must be traceable to the assessment it rests on, so another
 * cannot start while one is in progress or returned for rework.
 */
const assessmentOpen = (record: CaseRecord): boolean =>
  record.assessments.some((a) => a.status === 'in-progress' || a.status === 'returned');

/**
 * @internal `assessment.started`: work on an assessment begins.
 */
export const assessmentStarted = defineEvent({
  type: 'assessment.started',
  offeredWhen: (record) => !assessmentOpen(record),
  description: 'Work on an assessment begins.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema }),
  check: (record, { payload }) => {
    if (record.assessments.some((a) => a.id === payload.assessmentId)) {
      return [conflict(['assessmentId'], 'An assessment with this id is already in the case')];
    }
    return assessmentOpen(record)
      ? [
          conflict(
            ['assessmentId'],
            'Another assessment is still in progress; complete and submit it before starting a new one',
          ),
        ]
      : [];
  },
  apply: (record, { payload }) => ({
    ...record,
    assessments: [
      ...record.assessments,
      { id: payload.assessmentId, status: 'in-progress', startedOn: payload.on, returns: [] },
    ],
  }),
  summary: () => 'Assessment started',
});

/**
 * @internal `assessment.submitted`: the completed assessment goes for manager sign-off.
 */
export const assessmentSubmitted = defineEvent({
  type: 'assessment.submitted',
  description: 'A completed assessment is submitted for manager sign-off.',
  payload: z.strictObject({ assessment: AssessmentSchema }),
  check: (record, { payload }) => {
    const existing = record.assessments.find((a) => a.id === payload.assessment.id);
    return existing && existing.status !== 'in-progress' && existing.status !== 'returned'
      ? [conflict(['assessment', 'id'], 'This assessment was already submitted')]
      : [];
  },
  apply: (record, { payload }) => {
    const { assessment } = payload;
    const exists = record.assessments.some((a) => a.id === assessment.id);
    return {
      ...record,
      assessments: exists
        ? replaceById(record.assessments, assessment.id, (a) => ({
            ...a,
            status: 'submitted',
            assessment,
          }))
        : [
            ...record.assessments,
            { id: assessment.id, status: 'submitted', assessment, returns: [] },
          ],
    };
  },
  summary: () => 'Assessment submitted for sign-off',
});

/**
 * @internal `assessment.signedOff`: a manager countersigns the assessment.
 */
export const assessmentSignedOff = defineEvent({
  type: 'assessment.signedOff',
  description: 'A manager signs off (countersigns) the submitted assessment.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema }),
  check: (record, { payload }) => submittedOne(record, payload.assessmentId),
  apply: (record, { payload, by }) => ({
    ...record,
    assessments: replaceById(record.assessments, payload.assessmentId, (a) => ({
      ...a,
      status: 'signed-off',
      signedOff: { by, on: payload.on },
    })),
  }),
  summary: () => 'Assessment signed off',
});

/**
 * @internal `assessment.returned`: the manager returns the assessment for rework.
 */
export const assessmentReturned = defineEvent({
  type: 'assessment.returned',
  description: 'A manager returns the submitted assessment for rework, with the reason.',
  payload: z.strictObject({ assessmentId: IdSchema, on: IsoDateSchema, reason: TextSchema }),
  check: (record, { payload }) => submittedOne(record, payload.assessmentId),
  apply: (record, { payload, by }) => ({
    ...record,
    assessments: replaceById(record.assessments, payload.assessmentId, (a) => ({
      ...a,
      status: 'returned',
      returns: [...a.returns, { by, on: payload.on, reason: payload.reason }],
    })),
  }),
  summary: () => 'Assessment returned for rework',
});

/** @internal The assessment events. */
export const assessmentEvents = [
  assessmentStarted,
  assessmentSubmitted,
  assessmentSignedOff,
  assessmentReturned,
] as const;
