import type { Agreement } from '../model/agreement.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type {
  InvolvementKind,
  MeetingKind,
  NotInvolvedReason,
  SharingOverride,
  SupportKind,
} from '../model/involvement.js';
import type { ContactRestriction, ParentCarerRole } from '../model/parentCarer.js';

/** What an involvement record concerns, where it concerns a plan version or a review. */
export interface Concerns {
  readonly planVersion?: number;
  readonly reviewId?: Id;
}

/** Who recorded an involvement record: the `by` of its event, an opaque practitioner id. */
export interface RecordedBy {
  readonly recordedBy: Id;
}

/** An invitation to a meeting. */
export interface InvitationEntry extends Concerns, RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly meeting: MeetingKind;
}

/** Whether the person came to a meeting, and why not when they did not. */
export interface AttendanceEntry extends InvitationEntry {
  readonly attended: boolean;
  readonly reason?: string;
}

/** Views in the person's own words, from an involvement record, an assessment or a review. */
export interface ViewsEntry extends Concerns {
  readonly source: 'involvement-record' | 'assessment' | 'review';
  /** The involvement record, for views recorded that way. */
  readonly recordId?: Id;
  readonly assessmentId?: Id;
  /**
   * Who recorded the views: the involvement record's practitioner, the assessment's
   * `completedBy`, or the practitioner who completed the review (when the log says).
   */
  readonly recordedBy?: Id;
  readonly inOwnWords: string;
  readonly givenOn: IsoDate;
}

/** Where a piece of agreement evidence comes from. */
export type AgreementSource =
  | { readonly kind: 'plan-agreement-event'; readonly eventId: Id }
  | { readonly kind: 'involvement-record'; readonly recordId: Id };

/** One piece of evidence of a person's agreement to a plan version. */
export interface AgreementEvidence extends RecordedBy {
  readonly planVersion: number;
  readonly status: Agreement['status'];
  readonly on: IsoDate;
  readonly source: AgreementSource;
}

/**
 * A person's agreement status for one plan version: the newest evidence wins (on the same day,
 * a `plan.agreementRecorded` event wins over a `plan-agreement` record, as it carries the fuller
 * status). Every piece of evidence is listed once.
 */
export interface AgreementEntry {
  readonly planVersion: number;
  readonly status: Agreement['status'];
  readonly on: IsoDate;
  readonly evidence: readonly AgreementEvidence[];
}

/** A copy of the plan given to the person. */
export interface CopyEntry extends RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly planVersion: number;
  readonly sharingOverride?: SharingOverride;
}

/** Support offered to the person, and their answer. */
export interface SupportEntry extends Concerns, RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly response: 'offered' | 'accepted' | 'declined';
  readonly support: SupportKind;
  readonly detail?: string;
}

/** A parenting contract (Anti-social Behaviour Act 2003 s.25). */
export interface ParentingContractEntry extends RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly until: IsoDate;
}

/** A parenting order (Sentencing Act 2020 ss.366-368). */
export interface ParentingOrderEntry extends RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly months: number;
  readonly programmeMonths: number;
}

/** Attempts to reach a person that failed. */
export interface ContactAttemptEntry extends Concerns, RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly attempts: number;
}

/** A recorded reason why a person is not involved. */
export interface NotInvolvedEntry extends RecordedBy {
  readonly recordId: Id;
  readonly on: IsoDate;
  readonly reason: NotInvolvedReason;
  readonly rationale: string;
}

/** A record that was invalidated: kept in history, never counted. */
export interface InvalidatedEntry extends RecordedBy {
  readonly recordId: Id;
  readonly kind: InvolvementKind;
  readonly on: IsoDate;
  readonly invalidatedOn: IsoDate;
  readonly invalidatedBy: Id;
  readonly reason: string;
}

/**
 * Why the checks do not expect a person to be involved at a date: a no-contact restriction, or a
 * recorded reason (`not-involved`) or failed contact (`could-not-contact`) that no later
 * involvement has overtaken.
 */
export type Excuse =
  | { readonly kind: 'no-contact-restriction' }
  | { readonly kind: 'not-involved'; readonly recordId: Id; readonly reason: NotInvolvedReason }
  | { readonly kind: 'could-not-contact'; readonly recordId: Id };

/** One person's involvement with one plan version, at a glance. */
export interface PlanVersionInvolvement {
  readonly planVersion: number;
  readonly invited: boolean;
  readonly attended: boolean;
  readonly viewsRecorded: boolean;
  readonly agreement?: Agreement['status'];
  readonly copyGiven: boolean;
}

/** Everything recorded about one parent/carer's involvement, as of a date. */
export interface PersonInvolvement {
  readonly personId: Id;
  readonly role: ParentCarerRole;
  readonly relationship: string;
  readonly parentalResponsibility: boolean;
  /** Whether the checks expect this person to be involved (see `expectedToBeInvolved`). */
  readonly expected: boolean;
  /** Restrictions that apply on the summary date. */
  readonly restrictions: readonly ContactRestriction[];
  /** Whether a restriction forbids giving this person the plan on the summary date. */
  readonly planSharingRestricted: boolean;
  /** Why the person is not expected to be involved on the summary date, if they are not. */
  readonly excused?: Excuse;
  readonly invitations: readonly InvitationEntry[];
  readonly attendance: readonly AttendanceEntry[];
  readonly views: readonly ViewsEntry[];
  readonly agreements: readonly AgreementEntry[];
  readonly copiesGiven: readonly CopyEntry[];
  readonly support: readonly SupportEntry[];
  readonly parentingContracts: readonly ParentingContractEntry[];
  readonly parentingOrders: readonly ParentingOrderEntry[];
  readonly contactAttempts: readonly ContactAttemptEntry[];
  readonly notInvolved: readonly NotInvolvedEntry[];
  readonly invalidated: readonly InvalidatedEntry[];
  /** Per plan version of the case: invited, attended, views, agreement, copy. */
  readonly byPlanVersion: readonly PlanVersionInvolvement[];
  /** How many standing (not invalidated) involvement records the person has. */
  readonly recordCount: number;
}

/** Whether any parent/carer took part in one step of the case, and who. */
export interface Participation {
  readonly tookPart: boolean;
  readonly personIds: readonly Id[];
}

/**
 * Who the parents and carers are, what each was invited to, did, said and agreed (per plan
 * version), and, for the case, whether a parent/carer took part in the assessment, the planning
 * of each plan version and each review.
 */
export interface InvolvementSummary {
  readonly asOf: IsoDate;
  readonly people: readonly PersonInvolvement[];
  readonly assessment: Participation;
  readonly planning: readonly (Participation & { readonly planVersion: number })[];
  readonly reviews: readonly (Participation & {
    readonly reviewId: Id;
    readonly triggeredOn: IsoDate;
    readonly completedOn?: IsoDate;
  })[];
  /** Standing involvement records counted (each exactly once, under its person). */
  readonly recordCount: number;
  /** Invalidated records, kept in history and never counted. */
  readonly invalidatedCount: number;
}
