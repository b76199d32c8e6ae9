import type { Severity } from '../checks/finding.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type { Area, QuestionId, Topic } from './questions.js';

/**
 * A count of cases with the ids of the cases behind it, and its share of the caseload.
 *
 * @example
 * const f: CaseCount = { key: 'referral-order', label: 'Referral order', cases: 2, rate: 0.5, caseIds: ['c-1', 'c-2'] };
 */
export interface CaseCount {
  readonly key: string;
  readonly label: string;
  readonly cases: number;
  /** `cases` over every case in the report. */
  readonly rate: number;
  readonly caseIds: readonly Id[];
}

/**
 * One inspection question answered across a caseload: how many cases it was asked of, how many
 * were judged sufficient, the share, and the published reference figure where there is one.
 *
 * @example
 * const q: QuestionFigure | undefined = report.figures.questions.find((x) => x.id === 'planning.desistance');
 * q?.rate; // 0.71
 */
export interface QuestionFigure {
  readonly id: QuestionId;
  readonly area: Area;
  readonly topic: Topic;
  readonly text: string;
  readonly asked: number;
  readonly sufficient: number;
  /** `sufficient / asked`, or null when no case was asked it. */
  readonly rate: number | null;
  /** The published reference, in per cent, when asked for and published for this question. */
  readonly reference?: number;
  readonly sufficientCaseIds: readonly Id[];
  readonly insufficientCaseIds: readonly Id[];
}

/**
 * The figures of a caseload report, as data: the same figures the HTML draws and the CSV lists.
 *
 * @example
 * const figures: CaseloadFigures = caseloadReport(states, { asOf: '2026-03-31' }).figures;
 * figures.cases; // 1000
 */
export interface CaseloadFigures {
  readonly asOf: IsoDate;
  readonly cases: number;
  readonly questions: readonly QuestionFigure[];
  readonly reference?: { readonly label: string; readonly citation: string };
  readonly findings: {
    readonly bySeverity: readonly (CaseCount & { readonly findings: number })[];
    readonly byRule: readonly (CaseCount & {
      readonly severity: Severity;
      readonly findings: number;
      readonly overridden: number;
    })[];
  };
  readonly reviews: {
    /** A review counts as due when the next one falls within this many days of `asOf`. */
    readonly dueWithinDays: number;
    readonly byPractitioner: readonly {
      readonly practitioner: Id;
      readonly cases: number;
      readonly due: CaseCount;
      readonly overdue: CaseCount;
    }[];
    readonly due: CaseCount;
    readonly overdue: CaseCount;
  };
  readonly referrals: {
    /** Referrals that started: days from made to started. */
    readonly started: WaitFigure;
    /** Referrals still waiting on `asOf`: days since made. */
    readonly waiting: WaitFigure;
  };
  readonly compliance: {
    readonly absences: CaseCount & { readonly total: number };
    readonly warnings: CaseCount & { readonly total: number };
    readonly breaches: CaseCount & { readonly total: number };
    readonly breachOutcomes: readonly CaseCount[];
  };
  readonly disposals: readonly CaseCount[];
  readonly interventionLevels: readonly CaseCount[];
  readonly stages: readonly CaseCount[];
}

/**
 * Waiting times of referrals: how many, the median and longest wait in days, and a count per
 * band of days with the cases behind it.
 *
 * @example
 * report.figures.referrals.waiting.medianDays; // 21
 */
export interface WaitFigure {
  readonly referrals: number;
  readonly medianDays: number | null;
  readonly maxDays: number | null;
  readonly bands: readonly (CaseCount & { readonly referrals: number })[];
}
