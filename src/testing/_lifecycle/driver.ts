import type { SampleChoice } from '../../lifecycle/defineEvent.js';
import type { CaseEventInput, CaseEventType } from '../../lifecycle/events/index.js';
import { applyEvent, openCase } from '../../lifecycle/reducer.js';
import type { CaseState } from '../../lifecycle/state.js';
import type { DriverDisposal } from './content.js';
import { sampleContent, sampleEvent } from './sampler.js';

/** @internal The small choices an event can take; anything left out takes a plain default. */
export type EventChoice = SampleChoice;

/**
 * @internal Writes valid events for a generated case one at a time, each one its type's own
 * sample (the event definition writes the ids, dates and references that fit the case) and each
 * applied as it is written, so a step that cannot happen fails at once with the library's error.
 * It does not decide *whether* an event may happen; its caller does.
 */
export function caseDriver(options: {
  disposal: DriverDisposal;
  parents: number;
  start?: string;
  caseId?: string;
}) {
  const start = options.start ?? '2025-01-06';
  const content = sampleContent(options.disposal, options.parents);
  const events: CaseEventInput[] = [];
  let state: CaseState | undefined;
  const record = () => state?.record;
  const live = () => record()?.orders.filter((o) => o.revocation === undefined) ?? [];
  return {
    events,
    /** Parents/carers in the case. */
    people: () => record()?.people.length ?? 0,
    /** Involvement records that can still be invalidated. */
    validInvolvement: () => record()?.involvement.filter((e) => !e.invalidated).length ?? 0,
    /** Referrals that can still be updated. */
    referrals: () =>
      record()?.referrals.filter(
        (r) => !['completed', 'declined', 'not-available'].includes(r.history.at(-1)?.status ?? ''),
      ).length ?? 0,
    /** Unacceptable absences recorded. */
    absences: () =>
      record()?.contacts.filter((c) => c.attendance === 'unacceptable-absence').length ?? 0,
    /** Overrides that can still be withdrawn. */
    overrides: () => record()?.overrides.filter((o) => !o.withdrawn).length ?? 0,
    /** A referral order not revoked and still without its contract. */
    awaitingContract: () =>
      live().some(
        (o) =>
          o.order.type === 'referral-order' &&
          o.contract === undefined &&
          (o.order.contract ?? []).length === 0,
      ),
    /** An order not revoked that can be varied: a YRO, or a referral order with its contract. */
    variable: () =>
      live().some(
        (o) =>
          'requirements' in o.order ||
          (o.order.type === 'referral-order' &&
            (o.contract !== undefined || (o.order.contract ?? []).length > 0)),
      ),
    /** The case's order is a court sentence not revoked. */
    revocable: () => live().some((o) => o.role === 'principal' && 'sentenceDate' in o.order),
    /** A detention and training order not revoked, its child not yet released. */
    custodyDatesDue: () =>
      live().some(
        (o) => o.order.type === 'detention-and-training-order' && o.releasedOn === undefined,
      ),
    /** What the record holds of multi-agency work and the hand-over, for the steps that need it. */
    agencies: () => {
      const r = record();
      const open = <T extends { ended?: unknown }>(list: readonly T[] | undefined) =>
        (list ?? []).filter((x) => x.ended === undefined).length;
      return {
        plans: r?.plans.length ?? 0,
        bases: open(r?.sharingBases),
        probationBasis: (r?.sharingBases ?? []).some(
          (b) => b.basis.agency === 'probation' && b.ended === undefined,
        ),
        agencyPlans: open(r?.agencyPlans),
        victims: r?.victims.length ?? 0,
        mappa: r?.mappa.at(-1) !== undefined && r?.mappa.at(-1)?.ended === undefined,
        transferDecided: r?.transitionDecisions.at(-1)?.decision === 'transfer',
        transitionMeeting: (r?.meetings ?? []).some((m) => m.meeting.kind === 'transition-meeting'),
        handedOver: r?.handover !== undefined,
      };
    },
    /** Writes the next event of `type`, dated one day after the previous one. */
    emit(type: CaseEventType, choice: EventChoice = {}): CaseEventInput {
      const event = sampleEvent({
        type,
        record: record(),
        index: events.length,
        start,
        content,
        choice,
        caseId: options.caseId ?? 'case-1',
      });
      state = state === undefined ? openCase(event) : applyEvent(state, event);
      events.push(event);
      return event;
    },
  };
}

/** @internal A case driver. */
export type CaseDriver = ReturnType<typeof caseDriver>;
