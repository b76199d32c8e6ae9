import * as z from 'zod';
import { ChildSchema } from '../../model/child.js';
import { IsoDateSchema } from '../../model/dates.js';
import { DisposalSchema, disposalIssuesForChild } from '../../model/disposal/index.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { ParentCarerSchema } from '../../model/parentCarer.js';
import { ExitPlanSchema } from '../../model/plan.js';
import { uniqueIds } from '../../model/refinements.js';
import { defineEvent } from '../defineEvent.js';
import { emptyRecordLists } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

/** @internal What opening a case needs: the child, the disposal, the case manager. */
export const CaseOpenedPayloadSchema = z
  .strictObject({
    caseId: IdSchema,
    openedOn: IsoDateSchema,
    caseManager: IdSchema,
    child: ChildSchema,
    disposal: DisposalSchema,
    people: z.array(ParentCarerSchema).max(20).default([]),
  })
  .superRefine((p, ctx) => {
    for (const issue of disposalIssuesForChild(p.disposal, p.child.dateOfBirth)) {
      ctx.addIssue({
        code: 'custom',
        path: ['disposal', ...issue.path],
        message: issue.message,
        params: { code: issue.code },
      });
    }
    uniqueIds(p.people, ['people'], ctx);
  });

/**
 * @internal `case.opened`: the first event of every case. Its step fills an empty draft with the
 * new record; the case starts in the statechart's initial state.
 */
export const caseOpened = defineEvent({
  type: 'case.opened',
  description: 'A YOS case is opened for a child, with the disposal and the case manager.',
  payload: CaseOpenedPayloadSchema,
  apply: (draft, { payload }) => {
    Object.assign(draft, {
      ...emptyRecordLists(),
      caseId: payload.caseId,
      openedOn: payload.openedOn,
      caseManager: payload.caseManager,
      child: payload.child,
      disposal: payload.disposal,
      // A list later steps add to: the record's own, never the payload's.
      people: [...payload.people],
    });
  },
  summary: ({ payload }) => `Case opened (${payload.disposal.type})`,
  sample: (_record, { on, content, newId }) =>
    content.opening(on, newId('case')) as z.input<typeof CaseOpenedPayloadSchema>,
});

/**
 * @internal `case.managerChanged`: the case moves to another case manager.
 */
export const caseManagerChanged = defineEvent({
  type: 'case.managerChanged',
  description: 'The case is allocated to another case manager.',
  payload: z.strictObject({ caseManager: IdSchema, on: IsoDateSchema }),
  stays: ACTIVE_STAGES,
  apply: (draft, { payload }) => {
    draft.caseManager = payload.caseManager;
  },
  summary: () => 'Case manager changed',
  sample: (_record, { on, newId }) => ({ caseManager: newId('pr-manager'), on }),
});

/**
 * @internal `case.transferred`: the child moves to another youth justice service; this case ends.
 * Taken in every stage that is not final.
 */
export const caseTransferred = defineEvent({
  type: 'case.transferred',
  description: 'The case is transferred to another youth justice service.',
  payload: z.strictObject({
    on: IsoDateSchema,
    to: z.string().trim().min(1).max(200),
    reason: TextSchema,
  }),
  moves: [{ from: '', to: 'transferred' }],
  apply: (draft, { payload, by }) => {
    draft.transfer = { ...payload, by };
  },
  summary: () => 'Case transferred to another service',
  sample: (_record, { on, content }) => ({
    on,
    to: 'Another youth justice service',
    reason: content.text('moved away'),
  }),
});

/**
 * @internal `case.closed`: the case ends after its closing review.
 */
export const caseClosed = defineEvent({
  type: 'case.closed',
  description: 'The case closes, with the reason and the exit plan.',
  payload: z.strictObject({
    on: IsoDateSchema,
    reason: z.enum([
      'disposal-completed',
      'order-revoked',
      'resentenced',
      'child-deceased',
      'transferred-to-probation',
      'other',
    ]),
    exitPlan: ExitPlanSchema.optional(),
  }),
  moves: [{ from: 'closing', to: 'closed' }],
  apply: (draft, { payload, by }) => {
    draft.closure = { ...payload, by };
  },
  summary: ({ payload }) => `Case closed (${payload.reason})`,
  sample: (_record, { on }) => ({ on, reason: 'disposal-completed' as const }),
});

/** @internal The case events. */
export const caseEvents = [caseOpened, caseManagerChanged, caseTransferred, caseClosed] as const;
