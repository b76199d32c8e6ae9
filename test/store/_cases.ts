/** Cases for the store's tests, from the testing kit. */
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { aCase, simulateCaseload, workedExampleEvents } from '../../src/testing/index.js';

/** The case id a log opens. */
export const caseIdOf = (events: readonly CaseEventInput[]): string =>
  (events[0] as { payload: { caseId: string } }).payload.caseId;

/** The worked example (a referral order from opening to closure, 82 events). */
export const workedExample = (): CaseEventInput[] => workedExampleEvents();

/** `count` simulated cases (seeded: the same every run). */
export const simulated = (count: number, seed = 16): CaseEventInput[][] =>
  [...simulateCaseload({ seed, cases: count })].map((f) => f.events as CaseEventInput[]);

/** An active case with `contacts` contacts: a long log. */
export const longCase = (contacts: number, caseId = 'case-long'): CaseEventInput[] =>
  aCase({ caseId }).withContacts(contacts).events();
