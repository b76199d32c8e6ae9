import * as z from 'zod';
import { addDays } from '../../_lib/calendar.js';
import type { YjplanIssue } from '../../errors/YjplanError.js';
import {
  type EarlierDisposal,
  EarlierDisposalSchema,
  type Offence,
  OffenceSchema,
} from '../../model/offence.js';
import { defineEvent, type ReferenceIssue } from '../defineEvent.js';
import { ACTIVE_STAGES } from '../stages.js';

/**
 * @internal What is wrong with offences and earlier disposals given those already held: an id used
 * twice, a connected offence that is not held. Paths are relative to the payload.
 */
export function historyIssues(
  offences: readonly Offence[],
  earlierDisposals: readonly EarlierDisposal[],
  heldOffences: readonly Offence[],
  heldEarlier: readonly EarlierDisposal[],
): YjplanIssue[] {
  const issues: YjplanIssue[] = [];
  const offenceIds = new Set(heldOffences.map((o) => o.id));
  offences.forEach((o, i) => {
    if (offenceIds.has(o.id)) {
      issues.push({
        path: ['offences', i, 'id'],
        code: 'conflicting_record',
        message: 'An offence with this id is already recorded',
      });
    }
    offenceIds.add(o.id);
  });
  offences.forEach((o, i) => {
    (o.connectedTo ?? []).forEach((id, j) => {
      if (!offenceIds.has(id)) {
        issues.push({
          path: ['offences', i, 'connectedTo', j],
          code: 'reference_not_found',
          message: 'Names an offence the case does not hold',
        });
      }
    });
  });
  const earlierIds = new Set(heldEarlier.map((d) => d.id));
  earlierDisposals.forEach((d, i) => {
    if (earlierIds.has(d.id)) {
      issues.push({
        path: ['earlierDisposals', i, 'id'],
        code: 'conflicting_record',
        message: 'An earlier disposal with this id is already recorded',
      });
    }
    earlierIds.add(d.id);
  });
  return issues;
}

const toReference = (issue: YjplanIssue): ReferenceIssue => ({
  kind: issue.code === 'reference_not_found' ? 'reference_not_found' : 'conflicting_record',
  code: issue.code,
  path: ['payload', ...issue.path],
  message: issue.message,
});

/**
 * @internal `history.recorded`: offences dealt with (or charged) and the child's earlier disposals,
 * added to what the case holds, so the law's conditions on them can be judged (a referral order's
 * availability, a first out-of-court disposal, a conditional discharge after cautions). An empty
 * `earlierDisposals` records that there were none.
 */
export const historyRecorded = defineEvent({
  type: 'history.recorded',
  description:
    'Offences and the child’s earlier disposals are recorded (an empty list of earlier disposals records that there were none).',
  payload: z
    .strictObject({
      offences: z.array(OffenceSchema).max(100).optional(),
      earlierDisposals: z.array(EarlierDisposalSchema).max(200).optional(),
    })
    .refine((p) => p.offences !== undefined || p.earlierDisposals !== undefined, {
      path: ['offences'],
      message: 'Record offences, earlier disposals, or both',
    }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) =>
    historyIssues(
      payload.offences ?? [],
      payload.earlierDisposals ?? [],
      record.offences,
      record.earlierDisposals ?? [],
    ).map(toReference),
  apply: (draft, { payload }) => {
    draft.offences.push(...(payload.offences ?? []));
    if (payload.earlierDisposals !== undefined) {
      draft.earlierDisposals = [...(draft.earlierDisposals ?? []), ...payload.earlierDisposals];
    }
  },
  summary: ({ payload }) =>
    `Offences and history recorded (${payload.offences?.length ?? 0} offences, ${
      payload.earlierDisposals?.length ?? 0
    } earlier disposals)`,
  sample: (_record, { on, newId }) => ({
    offences: [
      {
        id: newId('off'),
        committedOn: addDays(on, -60),
        category: 'theft-and-handling' as const,
        plea: 'guilty' as const,
        court: 'youth-court' as const,
        imprisonable: true,
      },
    ],
    earlierDisposals: [],
  }),
});

/** @internal The history events. */
export const historyEvents = [historyRecorded] as const;
