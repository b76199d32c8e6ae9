import * as z from 'zod';
import { addDays, maxDate, minDate } from '../../_lib/calendar.js';
import { IsoDateSchema } from '../../model/dates.js';
import { DisposalSchema, isCourtOrder } from '../../model/disposal/index.js';
import { periodEnd } from '../../model/disposal/period.js';
import { IdSchema } from '../../model/ids.js';
import {
  CustodyDatesSchema,
  custodyDatesIssues,
  dtoReleaseWindow,
  OrderVariationSchema,
  ReferralOrderContractSchema,
  RevocationSchema,
} from '../../model/orders/index.js';
import { RemandOrBailSchema, remandIssuesForChild } from '../../model/remand.js';
import {
  conflict,
  defineEvent,
  missing,
  type ReferenceIssue,
  refusedByLaw,
} from '../defineEvent.js';
import {
  addOrder,
  applyContract,
  applyRevocation,
  applyVariation,
  contractIssuesIn,
  NEW_ORDER_MOVES,
  newOrderIssues,
  ORDER_MOVES,
  orderRecordOf,
  PHASES_AFTER,
  phaseAfter,
  revocationIssuesIn,
  variationIssuesIn,
} from '../orderChanges.js';
import { aggregateTerm, dtoRunOf, latestOrders, type OrderAsOf } from '../orders.js';
import type { CaseRecord } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

/** The orders not revoked, as they stand after every change recorded. */
const live = (record: CaseRecord): OrderAsOf[] =>
  latestOrders(record).filter((o) => o.revokedOn === undefined);

/** `on` brought within an order's life, for samples (a change is made while the order runs). */
const within = (o: OrderAsOf, on: string): string => {
  const from = maxDate(on, o.start);
  return o.end === undefined || from <= o.end ? from : maxDate(o.end, o.start);
};

const referralAwaitingContract = (o: OrderAsOf) =>
  o.disposal.type === 'referral-order' && (o.disposal.contract ?? []).length === 0;
const variable = (o: OrderAsOf) =>
  (o.disposal.type === 'referral-order' && (o.disposal.contract ?? []).length > 0) ||
  'requirements' in o.disposal;

/**
 * A change made on breach answers the breach outcome that decided it (and only one change does);
 * any other change names no breach outcome.
 */
function answersBreach(
  record: CaseRecord,
  reason: string,
  breachOutcomeId: string | undefined,
  kinds: readonly string[],
): ReferenceIssue[] {
  if (reason !== 'breach') {
    return breachOutcomeId === undefined
      ? []
      : [conflict(['breachOutcomeId'], 'Only a change made on breach answers a breach outcome')];
  }
  if (breachOutcomeId === undefined) {
    return [
      missing(
        ['breachOutcomeId'],
        'A change made on breach is recorded with its breach outcome, or names the outcome it completes',
      ),
    ];
  }
  const outcome = record.compliance.find(
    (c) => c.kind === 'breach-outcome' && c.id === breachOutcomeId,
  );
  if (outcome?.kind !== 'breach-outcome') {
    return [missing(['breachOutcomeId'], 'No breach outcome with this id')];
  }
  if (!kinds.includes(outcome.outcome)) {
    return [
      conflict(['breachOutcomeId'], 'The breach outcome did not decide a change of this kind'),
    ];
  }
  const answered = record.orders.some(
    (o) =>
      o.revocation?.breachOutcomeId === breachOutcomeId ||
      o.variations.some((v) => v.breachOutcomeId === breachOutcomeId),
  );
  return answered
    ? [conflict(['breachOutcomeId'], 'The change this breach outcome decided is already recorded')]
    : [];
}

/** @internal Outcomes of breach that change an order, by the change they carry. */
export const VARYING_OUTCOMES = ['requirements-amended', 'contract-varied'] as const;
/** @internal See {@link VARYING_OUTCOMES}. */
export const REVOKING_OUTCOMES = ['order-revoked-resentenced'] as const;

/**
 * @internal `order.contractAgreed`: the youth offender contract agreed with the child at the first
 * panel meeting. From that day the referral order runs (its compliance period, its end, the panel
 * clock) and plan actions may deliver its terms.
 */
export const orderContractAgreed = defineEvent({
  type: 'order.contractAgreed',
  description:
    'A youth offender contract is agreed at the panel: its terms, the day agreed (the referral order runs from it) and who agreed.',
  payload: z.strictObject({ contract: ReferralOrderContractSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => live(record).some(referralAwaitingContract),
  check: (record, { payload }) => contractIssuesIn(record, payload.contract, ['contract']),
  apply: (draft, { payload, by, id }) =>
    applyContract(draft, payload.contract, { recordedBy: by, eventId: id }),
  summary: ({ payload }) =>
    `Youth offender contract agreed (${payload.contract.terms.length} terms)`,
  sample: (record, { on, newId }) => {
    const order = live(record).find(referralAwaitingContract);
    const person = record.people[0];
    const ct = newId('ct');
    return {
      contract: {
        orderId: order?.id ?? 'd-1',
        agreedOn: order ? maxDate(on, order.start) : on,
        terms: [
          { id: `${ct}-1`, kind: 'specified-activities' as const },
          { id: `${ct}-2`, kind: 'attend-education-or-work' as const },
        ],
        agreedBy: {
          child: true as const,
          ...(person && { parentsCarers: [person.id] }),
          panelMembers: [
            { id: 'panel-yos', role: 'yos-member' as const },
            { id: 'panel-community-1', role: 'community-member' as const },
            { id: 'panel-community-2', role: 'community-member' as const },
          ],
        },
      },
    };
  },
});

/**
 * @internal `order.varied`: an order changed by the court or the panel (requirements or contract
 * terms added, removed or replaced; a referral order extended on referral back). A change on
 * breach is recorded with its breach outcome, or names the outcome it completes.
 */
export const orderVaried = defineEvent({
  type: 'order.varied',
  description:
    'An order is varied by the court or the youth offender panel: requirements or terms added, removed or replaced, or the order extended, with the reason.',
  payload: z.strictObject({
    variation: OrderVariationSchema,
    breachOutcomeId: IdSchema.optional(),
  }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => live(record).some(variable),
  check: (record, { payload }) => [
    ...answersBreach(record, payload.variation.reason, payload.breachOutcomeId, VARYING_OUTCOMES),
    ...variationIssuesIn(record, payload.variation, ['variation']),
  ],
  apply: (draft, { payload, by, id }) =>
    applyVariation(draft, payload.variation, {
      recordedBy: by,
      eventId: id,
      ...(payload.breachOutcomeId !== undefined && { breachOutcomeId: payload.breachOutcomeId }),
    }),
  summary: ({ payload }) =>
    `Order varied by the ${payload.variation.by === 'court' ? 'court' : 'panel'} (${payload.variation.reason})`,
  sample: (record, { on, newId }) => {
    const order = live(record).find(variable) as OrderAsOf;
    const d = order?.disposal;
    if (d?.type === 'referral-order') {
      return {
        variation: {
          order: 'referral-order' as const,
          orderId: d.id,
          on: within(order, on),
          by: 'youth-offender-panel' as const,
          reason: 'review' as const,
          added: [{ id: newId('ct'), kind: 'specified-activities' as const }],
        },
      };
    }
    const first = d && 'requirements' in d ? d.requirements[0] : undefined;
    return {
      variation: {
        order: 'youth-rehabilitation-order' as const,
        orderId: d?.id ?? 'd-1',
        on: order ? within(order, on) : on,
        by: 'court' as const,
        reason: 'application' as const,
        replaced: first ? [{ ...first }] : [],
      },
    };
  },
});

/** A YRO of 12 months from `on` for the sample resentence. */
const sampleResentence = (id: string, convictionDate: string, on: string) => ({
  type: 'youth-rehabilitation-order' as const,
  id,
  convictionDate: minDate(convictionDate, on),
  sentenceDate: on,
  endDate: periodEnd(on, 12),
  requirements: [{ id: `${id}-supervision`, kind: 'supervision' as const }],
});

const revocable = (o: OrderAsOf) =>
  o.principal && isCourtOrder(o.disposal) && 'sentenceDate' in o.disposal;

/**
 * @internal `order.revoked`: a court revokes an order, and may resentence for the offence: the old
 * order ends the day before, the new sentence starts in the same case (history kept), and the
 * review schedule calls for a review of the plan.
 */
export const orderRevoked = defineEvent({
  type: 'order.revoked',
  description:
    'A court revokes an order, with the reason and any new sentence passed instead (which starts in the same case).',
  payload: z.strictObject({ revocation: RevocationSchema, breachOutcomeId: IdSchema.optional() }),
  moves: ORDER_MOVES,
  fact: {
    of: (record, payload) =>
      payload === undefined
        ? undefined
        : phaseAfter(record, {
            added: payload.revocation.resentence,
            revoked: payload.revocation.orderId,
          }),
    offered: () => PHASES_AFTER,
    values: PHASES_AFTER,
  },
  offeredWhen: (record) => live(record).some(revocable),
  check: (record, { payload }) => [
    ...answersBreach(record, payload.revocation.reason, payload.breachOutcomeId, REVOKING_OUTCOMES),
    ...revocationIssuesIn(record, payload.revocation, ['revocation']),
  ],
  apply: (draft, { payload, by, id }) =>
    applyRevocation(draft, payload.revocation, {
      recordedBy: by,
      eventId: id,
      ...(payload.breachOutcomeId !== undefined && { breachOutcomeId: payload.breachOutcomeId }),
    }),
  summary: ({ payload }) =>
    payload.revocation.resentence
      ? `Order revoked and resentenced (${payload.revocation.resentence.type})`
      : 'Order revoked',
  sample: (record, { on, newId }) => {
    const order = live(record).find(revocable);
    const revokedOn = order ? within(order, on) : on;
    const d = order?.disposal;
    return {
      revocation: {
        orderId: d?.id ?? 'd-1',
        revokedOn,
        reason: 'further-offence' as const,
        resentence: sampleResentence(
          newId('d'),
          d && 'convictionDate' in d ? d.convictionDate : revokedOn,
          revokedOn,
        ),
      },
    };
  },
});

/**
 * @internal `order.made`: a court makes an order in the case: the sentence of a case opened on bail
 * or remand (it becomes the case's order and ends the bail or remand), or a further order beside the
 * case's order (concurrent, or a DTO consecutive to another: at most 24 months in all).
 */
export const orderMade = defineEvent({
  type: 'order.made',
  description:
    'A court makes an order in the case: the sentence after bail or remand, or a further order beside the case’s order (concurrent, or a DTO consecutive to another).',
  payload: z.strictObject({ disposal: DisposalSchema }),
  moves: NEW_ORDER_MOVES,
  fact: {
    of: (record, payload) =>
      payload === undefined ? undefined : phaseAfter(record, { added: payload.disposal }),
    offered: () => PHASES_AFTER,
    values: PHASES_AFTER,
  },
  check: (record, { payload }) => newOrderIssues(record, payload.disposal, ['disposal']),
  apply: (draft, { payload, by, id }) => {
    const sentence = !draft.orders.some((o) => o.role === 'principal');
    addOrder(draft, payload.disposal, {
      how: sentence ? 'sentence' : 'further-order',
      recordedBy: by,
      eventId: id,
    });
  },
  summary: ({ payload }) => `Order made (${payload.disposal.type})`,
  sample: (_record, { on, newId }) => ({
    disposal: {
      type: 'fine' as const,
      id: newId('d'),
      convictionDate: on,
      sentenceDate: on,
      payer: 'parent-or-guardian' as const,
    },
  }),
});

const liveDto = (o: OrderAsOf) =>
  o.disposal.type === 'detention-and-training-order' && o.releasedOn === undefined;

/**
 * @internal `custody.datesRecorded`: custody dates learnt after sentence (the release date the
 * secure estate expects, the actual release, remand days credited), within the DTO's release
 * window (s.241) unless compassionate. The review before release follows the expected date.
 */
export const custodyDatesRecorded = defineEvent({
  type: 'custody.datesRecorded',
  description:
    'Custody dates known after sentence are recorded: the expected and actual release, and remand days credited.',
  payload: z.strictObject({ on: IsoDateSchema, dates: CustodyDatesSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => live(record).some(liveDto),
  check: (record, { payload }) => {
    const o = orderRecordOf(record, payload.dates.orderId);
    if (!o || o.revocation !== undefined) {
      return [missing(['dates', 'orderId'], 'The case holds no order in force with this id')];
    }
    const all = live(record);
    const order = all.find((a) => a.id === payload.dates.orderId)?.disposal;
    if (order?.type !== 'detention-and-training-order') {
      return [
        refusedByLaw(
          {
            path: ['orderId'],
            code: 'order_change_not_allowed',
            message:
              'Custody dates are recorded for a detention and training order (a longer sentence records its release dates on the order)',
          },
          ['dates'],
        ),
      ];
    }
    const term = aggregateTerm(
      dtoRunOf(
        order,
        all.map((a) => a.disposal),
      ),
    );
    return custodyDatesIssues({ ...term, id: order.id }, payload.dates).map((i) =>
      refusedByLaw(i, ['dates']),
    );
  },
  apply: (draft, { payload, by, id }) => {
    const o = draft.orders.find((r) => r.order.id === payload.dates.orderId);
    o?.custodyDates.push({ ...payload.dates, on: payload.on, recordedBy: by, eventId: id });
  },
  summary: () => 'Custody dates recorded',
  sample: (record, { on }) => {
    const all = live(record);
    const dto = all.find(liveDto)?.disposal;
    if (dto?.type !== 'detention-and-training-order') return { on, dates: { orderId: 'd-1' } };
    const term = aggregateTerm(
      dtoRunOf(
        dto,
        all.map((a) => a.disposal),
      ),
    );
    return { on, dates: { orderId: dto.id, expectedReleaseDate: dtoReleaseWindow(term).halfWay } };
  },
});

/**
 * @internal `bailOrRemand.decided`: a court's bail or remand decision (a case before sentence, or
 * a new charge during an order): it replaces the bail or remand still running, which ends that day.
 */
export const bailOrRemandDecided = defineEvent({
  type: 'bailOrRemand.decided',
  description:
    'A court grants bail (with bail supervision and support, or ISS bail) or remands the child; it replaces any bail or remand still running.',
  payload: z.strictObject({ bailOrRemand: RemandOrBailSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) => [
    ...(record.bailAndRemand.some((r) => r.id === payload.bailOrRemand.id)
      ? [conflict(['bailOrRemand', 'id'], 'A bail or remand decision with this id is recorded')]
      : []),
    ...remandIssuesForChild(payload.bailOrRemand, record.child.dateOfBirth).map((i) =>
      refusedByLaw(i, ['bailOrRemand']),
    ),
  ],
  apply: (draft, { payload, by, id }) => {
    for (const r of draft.bailAndRemand) {
      if (r.endedOn === undefined) r.endedOn = payload.bailOrRemand.decidedOn;
    }
    draft.bailAndRemand.push({ ...payload.bailOrRemand, recordedBy: by, eventId: id });
  },
  summary: ({ payload }) => `Bail or remand decided (${payload.bailOrRemand.kind})`,
  sample: (_record, { on, newId }) => ({
    bailOrRemand: {
      kind: 'bail-supervision-and-support' as const,
      id: newId('bail'),
      decidedOn: on,
      nextHearingOn: addDays(on, 28),
    },
  }),
});

/** @internal The events that change a case's orders. */
export const orderEvents = [
  orderContractAgreed,
  orderVaried,
  orderRevoked,
  orderMade,
  custodyDatesRecorded,
  bailOrRemandDecided,
] as const;
