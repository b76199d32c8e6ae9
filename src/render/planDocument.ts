import { checkCase } from '../checks/checkCase.js';
import type { Finding } from '../checks/finding.js';
import { YjplanError } from '../errors/YjplanError.js';
import { type DisposalCategory, type DisposalType, disposalCatalogue } from '../law/disposals.js';
import { signedOffAssessment } from '../lifecycle/derive.js';
import { casePeriodEnd, ordersOn, principalOf } from '../lifecycle/orders.js';
import type { CaseRecord } from '../lifecycle/record.js';
import type { CaseState } from '../lifecycle/state.js';
import type { InterventionLevel } from '../model/assessment.js';
import type { IsoDate } from '../model/dates.js';
import type { Disposal } from '../model/disposal/index.js';
import type { Id } from '../model/ids.js';
import type { Agency, Owner } from '../model/owner.js';
import type { ExitPlan, PlanAction, RiskNote } from '../model/plan.js';
import type { Audience, Visibility } from '../model/visibility.js';
import { reviewSchedule } from '../schedule/reviewSchedule.js';
import type { ReviewSchedule } from '../schedule/types.js';
import { type PlanView, planView } from '../views/planView.js';
import type { RequirementKind } from './messages/types.js';
import type { ContactCard, RenderPlanSettings } from './options.js';

/** @internal Who does an action, as a document names them (names come from the directory). */
export type DocOwner =
  | { readonly kind: 'child' }
  | {
      readonly kind: 'parent-carer';
      readonly personId: Id;
      readonly relationship?: string;
      readonly name?: string;
    }
  | { readonly kind: 'yos'; readonly role: string; readonly name?: string }
  | { readonly kind: 'partner-agency'; readonly agency: Agency; readonly name: string };

/** @internal An action on a document. */
export interface DocAction {
  readonly id: Id;
  readonly description: string;
  readonly childWords?: string;
  readonly owner: DocOwner;
  readonly dueDate?: IsoDate;
  readonly status: PlanAction['status'];
  readonly voluntary: boolean;
  readonly requirement?: RequirementKind;
  /** Practitioner's plan only: who may see it. */
  readonly visibility?: Visibility;
}

/** @internal An objective on a document. */
export interface DocObjective extends Omit<PlanView['objectives'][number], 'actions'> {
  readonly actions: readonly DocAction[];
  readonly visibility?: Visibility;
}

/** @internal What the practitioner's plan adds to the shared parts. */
export interface PractitionerExtras {
  readonly dateOfBirth: IsoDate;
  readonly stage: string;
  readonly interventionLevel?: InterventionLevel;
  readonly agreements: readonly {
    readonly party: DocOwner;
    readonly status: string;
    readonly on: IsoDate;
    readonly note?: string;
  }[];
  readonly schedule: ReviewSchedule;
  readonly findings: readonly Finding[];
  readonly contingencyVisibility?: Visibility;
  /** Every risk note, with who may see it. */
  readonly riskNotes: readonly RiskNote[];
}

/**
 * @internal Everything a plan document shows, gathered once from the case: the plan as the
 * audience may see it (`planView`, so redaction happens there and only there), and the facts of
 * the case every copy carries (the order, the next review, who to call).
 */
export interface PlanDocument {
  readonly audience: Audience;
  readonly asOf: IsoDate;
  readonly caseId: Id;
  readonly childName?: string;
  readonly version: number;
  readonly planStatus: string;
  readonly objectives: readonly DocObjective[];
  readonly contingency?: PlanView['contingency'];
  /** The risk notes the audience may see. */
  readonly riskNotes?: PlanView['riskNotes'];
  readonly plannedContactsPerMonth: number;
  readonly nextReviewDate?: IsoDate;
  readonly exitPlan?: ExitPlan;
  /** The order as it stood on `asOf`; absent for a case on bail or remand with no sentence yet. */
  readonly order?: {
    readonly type: DisposalType;
    readonly consequences: DisposalCategory | 'referral-order' | 'youth-conditional-caution';
    readonly start: IsoDate;
    readonly end?: IsoDate;
    readonly requirements: readonly { readonly kind: RequirementKind; readonly detail?: string }[];
  };
  /** The child's views of the plan, in their own words: on the child's and practitioner's copies. */
  readonly childViews?: string;
  readonly person?: { readonly id: Id; readonly relationship: string; readonly name?: string };
  readonly agency?: Agency;
  readonly caseManager?: ContactCard;
  readonly service?: ContactCard;
  readonly practitioner?: PractitionerExtras;
}

const consequenceKind = (type: DisposalType): NonNullable<PlanDocument['order']>['consequences'] =>
  type === 'referral-order' || type === 'youth-conditional-caution'
    ? type
    : disposalCatalogue[type].category;

/** The free-text details of each requirement of the orders, by id. */
function requirementDetails(
  orders: readonly { readonly disposal: Disposal }[],
): Map<string, string> {
  const details = new Map<string, string>();
  for (const o of orders) {
    const d = o.disposal as {
      requirements?: { id: string; description?: string }[];
      contract?: { id: string; description?: string }[];
      conditions?: { id: string; description: string }[];
    };
    for (const r of [...(d.requirements ?? []), ...(d.contract ?? []), ...(d.conditions ?? [])]) {
      if (r.description !== undefined) details.set(r.id, r.description);
    }
  }
  return details;
}

/**
 * @internal Builds the document's data. Throws what `planView` throws (no plan, an unknown or
 * restricted person, an agency with no lawful basis for sharing); an agency's copy is that
 * agency's own view (`'agencies'` with an agency is read as `'agency'`).
 */
export function planDocument(
  state: CaseState,
  requested: Audience,
  settings: RenderPlanSettings,
): PlanDocument {
  const { asOf, personId, directory } = settings;
  const audience: Audience =
    requested === 'agencies' && settings.agency !== undefined ? 'agency' : requested;
  // Redaction happens here, once: everything about the plan below comes from the view.
  const view = planView(state, audience, {
    asOf,
    ...(audience === 'parentsCarers' && personId !== undefined && { personId }),
    ...(audience === 'agency' && settings.agency !== undefined && { agency: settings.agency }),
  });
  const { record } = state;
  const version = record.plans.find((p) => p.version === view.version);
  if (!version) {
    throw new YjplanError('reference_not_found', 'The case has no such plan version', []);
  }
  const people = directory.people;
  const ownerOf = (owner: Owner): DocOwner => {
    switch (owner.kind) {
      case 'child':
        return { kind: 'child' };
      case 'parent-carer': {
        const name = people[owner.personId]?.name;
        const relationship = record.people.find((p) => p.id === owner.personId)?.relationship;
        return {
          kind: 'parent-carer',
          personId: owner.personId,
          ...(relationship && { relationship }),
          ...(name && { name }),
        };
      }
      case 'yos': {
        const id =
          owner.practitionerId ?? (owner.role === 'case-manager' ? record.caseManager : undefined);
        const name = id === undefined ? undefined : people[id]?.name;
        return { kind: 'yos', role: owner.role, ...(name && { name }) };
      }
      case 'partner-agency':
        return { kind: 'partner-agency', agency: owner.agency, name: owner.name };
    }
  };
  const full = audience === 'practitioner';
  // The orders as they stood on the day of the copy: the principal one named, every requirement
  // of those in force listed (a further order's too).
  const orders = ordersOn(state, asOf).filter((o) => o.revokedOn === undefined);
  const principal = principalOf(orders) ?? orders.at(-1);
  const inForce = orders.filter((o) => o.inForce || o === principal);
  const requirements = inForce.flatMap((o) => o.requirements);
  const requirementKinds = new Map(requirements.map((r) => [r.id, r.kind]));
  const recordActions = new Map(version.plan.actions.map((a) => [a.id, a]));
  const recordObjectives = new Map(version.plan.objectives.map((o) => [o.id, o]));
  const objectives: DocObjective[] = view.objectives.map((o) => ({
    ...o,
    ...(full && { visibility: recordObjectives.get(o.id)?.visibility }),
    actions: o.actions.map((a) => {
      // Only actions the view shows are looked up: their owner and requirement are shareable.
      const source = recordActions.get(a.id);
      const kind = source?.deliversRequirement && requirementKinds.get(source.deliversRequirement);
      return {
        id: a.id,
        description: a.description,
        ...(a.childWords !== undefined && { childWords: a.childWords }),
        owner: source ? ownerOf(source.owner) : { kind: 'yos', role: 'case-manager' },
        ...(a.dueDate !== undefined && { dueDate: a.dueDate }),
        status: a.status,
        voluntary: a.voluntary,
        ...(kind && { requirement: kind }),
        ...(full && source && { visibility: source.visibility }),
      };
    }),
  }));
  const schedule = reviewSchedule(state, { asOf });
  const details = requirementDetails(inForce);
  const withDetail = audience !== 'agencies' && audience !== 'agency';
  const person =
    audience === 'parentsCarers' && personId !== undefined
      ? record.people.find((p) => p.id === personId)
      : undefined;
  const caseManager = people[record.caseManager];
  const childName = record.child.preferredName;
  const nextReviewDate = schedule.nextDue?.date ?? view.nextReviewDate;
  return {
    audience,
    asOf,
    caseId: record.caseId,
    ...(childName !== undefined && { childName }),
    version: view.version,
    planStatus: view.status,
    objectives,
    ...(view.contingency && { contingency: view.contingency }),
    ...(view.riskNotes && { riskNotes: view.riskNotes }),
    plannedContactsPerMonth: view.plannedContactsPerMonth,
    ...(nextReviewDate !== undefined && record.closure === undefined && { nextReviewDate }),
    ...(view.exitPlan && { exitPlan: view.exitPlan }),
    ...(principal && {
      order: {
        type: principal.disposal.type,
        consequences: consequenceKind(principal.disposal.type),
        start: principal.start,
        ...((casePeriodEnd(inForce) ?? principal.end) !== undefined && {
          end: casePeriodEnd(inForce) ?? principal.end,
        }),
        requirements: requirements.map((r) => {
          const detail = withDetail ? details.get(r.id) : undefined;
          return { kind: r.kind, ...(detail !== undefined && { detail }) };
        }),
      },
    }),
    ...((audience === 'child' || full) &&
      version.plan.childViews !== undefined && { childViews: version.plan.childViews }),
    ...(person && {
      person: {
        id: person.id,
        relationship: person.relationship,
        ...(people[person.id]?.name !== undefined && { name: people[person.id]?.name }),
      },
    }),
    ...(view.agency !== undefined && { agency: view.agency }),
    ...(caseManager && { caseManager }),
    ...(directory.service && { service: directory.service }),
    ...(full && { practitioner: practitionerExtras(state, version, ownerOf, schedule, asOf) }),
  };
}

function practitionerExtras(
  state: CaseState,
  version: CaseRecord['plans'][number],
  ownerOf: (owner: Owner) => DocOwner,
  schedule: ReviewSchedule,
  asOf: IsoDate,
): PractitionerExtras {
  const { record } = state;
  const level = signedOffAssessment(record)?.assessment?.interventionLevel;
  return {
    dateOfBirth: record.child.dateOfBirth,
    stage: state.stage,
    ...(level && { interventionLevel: level }),
    agreements: record.agreements
      .filter((a) => a.planVersion === version.version)
      .map((a) => {
        const note = a.misgivings ?? a.reason;
        return {
          party: a.party.kind === 'child' ? { kind: 'child' } : ownerOf(a.party),
          status: a.status,
          on: a.recordedOn,
          ...(note !== undefined && { note }),
        };
      }),
    schedule,
    findings: checkCase(state, { asOf }),
    ...(version.plan.contingency && { contingencyVisibility: version.plan.contingency.visibility }),
    riskNotes: version.plan.riskNotes ?? [],
  };
}
