import type { Child } from '../../model/child.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import { PLAN_SHARING_FORBIDDEN_BY } from '../../model/restrictions.js';
import type { Shortfall } from '../simulator/shortfalls.js';

/** @internal What a generated case is about: who, which disposal, who manages it, and when. */
export interface CaseSetup {
  readonly caseId: string;
  readonly caseManager: string;
  /** The manager who signs off assessments and plans. */
  readonly manager: string;
  readonly openedOn: IsoDate;
  readonly child: Child;
  readonly disposal: Disposal;
  readonly people: readonly ParentCarer[];
  /** The last day of YOS work: the disposal's end, or the end of voluntary support. */
  readonly supervisionEnds: IsoDate;
  /** The simulator's shortfalls of this case (none in a built case). */
  readonly shortfalls?: ReadonlySet<Shortfall>;
  /** False for a built case with no one's involvement recorded (no meetings, views, agreements). */
  readonly involvement?: boolean;
}

/** @internal People the YOS may contact and involve (no no-contact restriction). */
export const involvable = (people: readonly ParentCarer[]): ParentCarer[] =>
  people.filter((p) => !p.restrictions.some((r) => r.kind === 'no-contact'));

/**
 * @internal People who may be given the plan: no restriction on contact, on sharing the plan or
 * on sharing the child's whereabouts, whatever its dates (generated cases stay on the safe side).
 */
export const mayReceivePlan = (p: ParentCarer): boolean =>
  !p.restrictions.some((r) => PLAN_SHARING_FORBIDDEN_BY.includes(r.kind));

/** @internal People whose agreement to the plan is sought: involvable, with parental responsibility. */
export const agreeingPeople = (people: readonly ParentCarer[]): ParentCarer[] =>
  involvable(people).filter((p) => p.parentalResponsibility && mayReceivePlan(p));
