import { mappaOn, transitionDecisionOf, victimSafetyConcerns } from '../lifecycle/agencyFacts.js';
import { latestAssessment, signedOffAssessment } from '../lifecycle/derive.js';
import { casePeriodEnd, ordersOn, principalOf } from '../lifecycle/orders.js';
import { ratingsInForce } from '../lifecycle/ratingsInForce.js';
import { readCaseOrThrow } from '../lifecycle/readCase.js';
import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import type { HandoverPlan } from '../model/handoverPlan.js';
import type { Owner } from '../model/owner.js';
import { queryOptions } from '../model/queryOptions.js';
import { planView } from './planView.js';

/**
 * Options of {@link handoverPlan}: the date the hand-over plan is prepared.
 *
 * @example
 * const options: HandoverPlanOptions = { asOf: '2026-09-14' };
 */
export interface HandoverPlanOptions {
  readonly asOf: IsoDate;
}

type Who = HandoverPlan['sentencePlan']['objectives'][number]['activities'][number]['who'];

const whoOf = (owner: Owner): Who => {
  switch (owner.kind) {
    case 'child':
      return { kind: 'young-person' };
    case 'parent-carer':
      return { kind: 'parent-carer' };
    case 'yos':
      return { kind: 'yos', name: owner.role };
    case 'partner-agency':
      return { kind: 'partner-agency', agency: owner.agency, name: owner.name };
  }
};

/**
 * What the Probation Service needs when the case is handed over at 18, as an OASys-style
 * sentence plan (JSON, `HandoverPlanSchema`; its JSON Schema is `jsonSchemas()['handover-plan']`):
 * the objectives with their activities, who does what, how progress is measured and the
 * timescales; the young person's own words and strengths; the risk information (the ratings in
 * force, MAPPA, the contingency plan, the risk notes, counts about victims); other agencies'
 * plans; and the transfer-or-retain decision and the hand-over as recorded by `asOf`. The plan is the
 * Probation Service's own copy (`planView(state, 'agency', { agency: 'probation', asOf })`):
 * what is not shared with probation is left out and counted, and a lawful basis for sharing
 * with probation must be in force on `asOf`.
 *
 * @throws {YjplanError} `invalid_input` (not a case state, bad options), `reference_not_found`
 * (no plan), `sharing_restricted` (no lawful basis for sharing with probation on `asOf`).
 * @example
 * const plan = handoverPlan(state, { asOf: '2026-09-14' });
 * plan.sentencePlan.objectives.map((o) => [o.objective, o.howProgressIsMeasured]);
 * plan.risk.ratings?.riskOfSeriousHarm;
 */
export function handoverPlan(state: CaseState, options: HandoverPlanOptions): HandoverPlan {
  const { asOf } = queryOptions(options, []);
  const view = planView(state, 'agency', { agency: 'probation', asOf });
  return readCaseOrThrow(state, ({ state: own }) => {
    const { record } = own;
    const version = record.plans.find((p) => p.version === view.version);
    const source = new Map(version?.plan.actions.map((a) => [a.id, a]));
    const objectiveSource = new Map(version?.plan.objectives.map((o) => [o.id, o]));
    const assessment = (signedOffAssessment(record) ?? latestAssessment(record))?.assessment;
    const domains = new Map(assessment?.factors.map((f) => [f.id, f.domain]));
    const ratings = ratingsInForce(record, asOf);
    const decision = transitionDecisionOf(
      record,
      [version?.plan.exitPlan, record.closure?.exitPlan],
      asOf,
    );
    // A hand-over recorded for a later day is not yet known on `asOf` (a plan prepared ahead).
    const handover =
      record.handover !== undefined && record.handover.on <= asOf ? record.handover : undefined;
    // The hand-over's transition meeting; before it, the latest transition meeting held.
    const meeting = handover
      ? record.meetings.find((m) => m.meeting.id === handover.meetingId)?.meeting
      : record.meetings
          .map((m) => m.meeting)
          .filter((m) => m.kind === 'transition-meeting' && m.on <= asOf)
          .at(-1);
    const lead = record.leadProfessionals.filter((l) => l.on <= asOf).at(-1);
    const mappa = mappaOn(record, asOf);
    const orders = ordersOn(own, asOf);
    const principal = principalOf(orders);
    const end = casePeriodEnd(orders);
    const victims = record.victims.filter((v) => v.recordedOn <= asOf);
    const childViews = assessment?.childViews?.inOwnWords;
    return {
      format: 'yjplan/handover-plan',
      formatVersion: 1,
      caseId: record.caseId,
      preparedOn: asOf,
      youngPerson: {
        id: record.child.id,
        ...(record.child.preferredName !== undefined && {
          preferredName: record.child.preferredName,
        }),
        dateOfBirth: record.child.dateOfBirth,
      },
      ...(principal && {
        order: {
          type: principal.disposal.type,
          startDate: principal.start,
          ...(end !== undefined && { endDate: end }),
          requirements: principal.requirements.map((r) => ({ id: r.id, kind: r.kind })),
        },
      }),
      ...(decision && {
        transition: {
          decision: decision.decision,
          decidedOn: decision.on,
          ...(decision.reason !== undefined && { reason: decision.reason }),
          ...(decision.plannedTransferOn !== undefined && {
            plannedTransferOn: decision.plannedTransferOn,
          }),
          ...(handover && {
            handedOverOn: handover.on,
            receivingTeam: handover.probationTeam,
            receivingPractitionerId: handover.probationPractitionerId,
            shared: handover.shared,
          }),
          ...(meeting && { threeWayMeetingOn: meeting.on }),
        },
      }),
      ...(lead && {
        leadProfessional: {
          kind: lead.lead.kind,
          ...(lead.lead.kind === 'agency' && { agency: lead.lead.agency }),
          ...(lead.lead.practitionerId !== undefined && {
            practitionerId: lead.lead.practitionerId,
          }),
          since: lead.on,
        },
      }),
      sentencePlan: {
        planVersion: view.version,
        objectives: view.objectives.map((o) => {
          const recorded = objectiveSource.get(o.id);
          return {
            id: o.id,
            objective: o.wording,
            ...(o.childWords !== undefined && { inOwnWords: o.childWords }),
            priority: o.priority,
            focus: [...o.focus],
            needs: (recorded?.addresses.factorIds ?? []).flatMap((factorId) => {
              const domain = domains.get(factorId);
              return domain ? [{ factorId, domain }] : [];
            }),
            buildsOn: [...(recorded?.addresses.strengthIds ?? [])],
            ...(o.measureOfSuccess !== undefined && { howProgressIsMeasured: o.measureOfSuccess }),
            ...(o.targetDate !== undefined && { targetDate: o.targetDate }),
            status: o.status,
            progress: o.achievement,
            activities: o.actions.map((a) => {
              const action = source.get(a.id);
              return {
                id: a.id,
                activity: a.description,
                ...(a.childWords !== undefined && { inOwnWords: a.childWords }),
                who: action ? whoOf(action.owner) : { kind: 'yos' as const },
                ...(action?.startsOn !== undefined && { startsOn: action.startsOn }),
                ...(a.dueDate !== undefined && { dueDate: a.dueDate }),
                status: a.status,
              };
            }),
          };
        }),
        ...(view.nextReviewDate !== undefined && { nextReviewDate: view.nextReviewDate }),
        plannedContactsPerMonth: view.plannedContactsPerMonth,
      },
      strengths: (assessment?.strengths ?? []).map((s) => ({ ...s })),
      inOwnWords: {
        ...(version?.plan.childViews !== undefined && { onThePlan: version.plan.childViews }),
        ...(childViews !== undefined && { atAssessment: childViews }),
        ...(handover && { onTheTransfer: handover.childViews }),
      },
      risk: {
        ...(ratings && { ratings: { ...ratings.ratings }, ratedOn: ratings.ratingsFrom.on }),
        ...(mappa && { mappa: { category: mappa.category, level: mappa.level, since: mappa.on } }),
        ...(view.contingency && {
          contingency: {
            signs: [...view.contingency.signs],
            responses: [...view.contingency.responses],
          },
        }),
        notes: (view.riskNotes ?? []).map((n) => ({ ...n })),
        victims: {
          recorded: victims.length,
          withSafetyConcerns: victims.filter(victimSafetyConcerns).length,
          restorativeJusticeAccepted: victims.filter((v) =>
            v.restorativeJustice.some((r) => r.response === 'accepted'),
          ).length,
        },
      },
      otherAgencyPlans: record.agencyPlans
        .filter((p) => p.plan.startedOn <= asOf && (p.ended === undefined || p.ended.on > asOf))
        .map(({ plan, reviews }) => {
          const last = reviews.filter((r) => r.on <= asOf).at(-1);
          const next = last?.nextReviewOn ?? plan.nextReviewOn;
          return {
            kind: plan.kind,
            agency: plan.agency,
            ...(plan.lead !== undefined && { lead: plan.lead }),
            startedOn: plan.startedOn,
            ...(last && { lastReviewedOn: last.on }),
            ...(next !== undefined && { nextReviewOn: next }),
          };
        }),
      continuingServices: (view.exitPlan?.continuingServices ?? []).map((c) => ({ ...c })),
      withheldItems: view.withheldItems,
    };
  });
}
