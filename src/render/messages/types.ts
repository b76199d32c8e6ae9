import type { DisposalCategory, DisposalType } from '../../law/disposals.js';
import type { ContractElementKind } from '../../law/referralOrder.js';
import type { YroRequirementKind } from '../../law/yroRequirements.js';
import type {
  Achievement,
  ActionStatus,
  ObjectiveFocus,
  ObjectiveStatus,
} from '../../model/plan.js';

/**
 * The languages a document can be written in.
 *
 * @example
 * const lang: Lang = 'cy';
 */
export type Lang = 'en' | 'cy';

/**
 * A requirement kind a document names: a YRO requirement, a contract element or a caution condition.
 *
 * @example
 * const kind: RequirementKind = 'curfew';
 */
export type RequirementKind = YroRequirementKind | ContractElementKind | 'caution-condition';

/**
 * Every word a plan document prints, in one language: one catalogue per language, the same
 * shape, so a missing translation is a type error. Functions take only values the document
 * already shows (names, dates already formatted, counts).
 *
 * @example
 * const m: Messages = messages('en');
 * m.child.title; // 'My plan'
 */
export interface Messages {
  readonly lang: Lang;
  /** Said at the top of every document in a language whose wording is not yet reviewed. */
  readonly draftNotice?: string;
  readonly disposal: Record<DisposalType, string>;
  readonly requirement: Record<RequirementKind, string>;
  readonly focus: Record<ObjectiveFocus, string>;
  readonly objectiveStatus: Record<ObjectiveStatus, string>;
  readonly achievement: Record<Achievement, string>;
  readonly actionStatus: Record<ActionStatus, string>;
  readonly common: {
    readonly skipToContent: string;
    readonly made: (date: string) => string;
    readonly planVersion: (version: number) => string;
    readonly by: (date: string) => string;
    readonly who: string;
    readonly when: string;
    readonly what: string;
    readonly status: string;
    readonly noDate: string;
    /** A case on bail or remand, not sentenced yet: no order to show. */
    readonly noSentenceYet: string;
    readonly from: (date: string) => string;
    readonly fromTo: (from: string, to: string) => string;
    readonly caseReference: string;
    readonly caseManager: string;
    readonly yourYosWorker: string;
    readonly phone: string;
    readonly email: string;
    readonly theService: string;
    readonly voluntary: string;
    readonly owner: {
      readonly child: (name: string) => string;
      readonly you: string;
      readonly parentCarer: string;
      readonly yos: string;
      readonly caseManager: string;
      readonly specialist: string;
      readonly volunteer: string;
      readonly panel: string;
    };
    readonly nextReview: (date: string) => string;
    readonly noReviewSet: string;
    readonly contactsPerMonth: (n: number) => string;
    readonly afterOrder: string;
    readonly continuingServices: string;
    readonly transition: (date: string) => string;
    readonly contingency: string;
    readonly signs: string;
    readonly responses: string;
    readonly noGoals: string;
    readonly emergency: string;
  };
  readonly consequences: Record<
    DisposalCategory | 'referral-order' | 'youth-conditional-caution',
    string
  >;
  readonly child: {
    readonly title: string;
    readonly intro: (name: string) => string;
    readonly myWords: string;
    readonly myGoals: string;
    readonly inWhatWeWrote: string;
    readonly whatWillHappen: string;
    readonly whatHappensNext: string;
    readonly comingUp: string;
    readonly whoToCall: string;
    readonly callAbout: string;
    readonly myOrder: string;
    readonly orderIs: (order: string) => string;
    readonly orderDates: (from: string, to: string) => string;
    readonly orderMeans: string;
    readonly ifNotKept: string;
    readonly noRequirements: string;
    readonly ifThingsGetHard: string;
    readonly footer: string;
  };
  readonly parent: {
    readonly title: (name: string) => string;
    readonly forPerson: (who: string) => string;
    readonly intro: (name: string) => string;
    readonly yourPart: string;
    readonly noPartYet: string;
    readonly goals: string;
    readonly inChildWords: (name: string) => string;
    readonly order: string;
    readonly ifNotKept: string;
    readonly reviews: string;
    readonly reviewsText: string;
    readonly whoToCall: string;
    readonly footer: string;
  };
  readonly agency: {
    readonly title: (name: string) => string;
    readonly forAgency: (agency: string) => string;
    readonly intro: string;
    readonly yourPart: string;
    readonly noPartYet: string;
    readonly goals: string;
    readonly order: string;
    readonly contact: string;
    readonly footer: string;
    /** Heading of the risk information shared with the agency. */
    readonly riskNotes: string;
  };
  readonly practitioner: {
    readonly title: (name: string) => string;
    readonly caseDetails: string;
    readonly child: string;
    readonly dateOfBirth: string;
    readonly order: string;
    readonly orderDates: string;
    readonly requirements: string;
    readonly interventionLevel: string;
    readonly plan: string;
    readonly planStatus: string;
    readonly agreement: string;
    readonly noAgreement: string;
    readonly childViews: string;
    readonly objectives: string;
    readonly priority: string;
    readonly focus: string;
    readonly measure: string;
    readonly target: string;
    readonly achievement: string;
    readonly sharedWith: string;
    readonly sharedWithAll: string;
    readonly withheldFrom: (audiences: string, reason: string) => string;
    /** Shared with these agencies only (the names already in words). */
    readonly agenciesOnly: (agencies: string) => string;
    /** Information about a victim: never shared with the child or parents/carers. */
    readonly victimInformation: string;
    readonly riskNotes: string;
    readonly audiences: {
      readonly child: string;
      readonly parentsCarers: string;
      readonly agencies: string;
    };
    readonly deliversRequirement: string;
    readonly reviews: string;
    readonly scheduled: string;
    readonly overdue: string;
    readonly notOverdue: string;
    readonly triggered: string;
    readonly findings: string;
    readonly noFindings: string;
    readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
    readonly overridden: string;
    readonly rule: string;
    readonly message: string;
  };
  readonly agencyName: Record<string, string>;
}
