/**
 * The shortfalls a simulated caseload carries, so its checks and caseload report look like a
 * real service's rather than a perfect one. Each is the share of cases (0 to 1) with that kind of
 * shortfall; the defaults are calibrated so that the default caseload, checked and put through
 * the caseload report, lands near the inspection figures in `INSPECTION_REFERENCE` (the table
 * and its sources are in docs/testing-kit.md). Set any of them to 0 for cases without it.
 * @internal
 */
import * as z from 'zod';
import { type Choices, seededChoices } from '../_lib/choices.js';

/**
 * Default share of cases with each shortfall.
 *
 * - `othersSafety`: no objective keeps other people safe (fires `plan.no-others-safety-focus`
 *   where the risk of serious harm calls for one).
 * - `contingency`: no contingency plan where risk or safety calls for one (`plan.no-contingency`).
 * - `strengths`: no objective builds on the assessed strengths (`plan.no-strengths`).
 * - `childVoice`: the plan records neither the child's views nor an objective in their words
 *   (`plan.no-child-voice`).
 * - `actionsSlip`: actions run past their due date without being completed
 *   (`delivery.action-overdue`).
 * - `absencesUnanswered`: most (70%) of the unacceptable absences are not followed up
 *   (`compliance.absences-not-addressed`).
 * - `requirementUnarranged`: the plan makes no arrangement for the disposal's requirements
 *   (`disposal.requirement-unaddressed`).
 * - `orderNotExplained`: the child's agreement does not record that the requirements and the
 *   consequences of not complying were explained (`plan.order-not-explained`).
 *
 * @example
 * simulateCaseload({ seed: 1, cases: 100, shortfalls: { ...SHORTFALLS, othersSafety: 0 } });
 */
export const SHORTFALLS = {
  othersSafety: 0.9,
  contingency: 0.4,
  strengths: 0.3,
  childVoice: 0.03,
  actionsSlip: 0.45,
  absencesUnanswered: 0.8,
  requirementUnarranged: 0.05,
  orderNotExplained: 0.3,
} as const;

/**
 * A kind of shortfall; see {@link SHORTFALLS}.
 *
 * @example
 * const s: Shortfall = 'othersSafety';
 */
export type Shortfall = keyof typeof SHORTFALLS;

const share = z.number().min(0).max(1);

/**
 * The shares of cases with each shortfall: any left out takes its {@link SHORTFALLS} default.
 *
 * @example
 * ShortfallsSchema.parse({ actionsSlip: 0 });
 */
export const ShortfallsSchema = z.strictObject(
  Object.fromEntries(Object.keys(SHORTFALLS).map((k) => [k, share.optional()])) as Record<
    Shortfall,
    z.ZodOptional<typeof share>
  >,
);

/**
 * @internal The shortfalls of one case, each drawn at its share (default {@link SHORTFALLS}):
 * seeded, from a stream of the case's own seed so that changing a share changes no other choice
 * of the case (`seed ^ 0x5bd1e995`), or with any other choice policy (fast-check's).
 */
export function shortfallsOf(
  from: number | Choices,
  shares: z.infer<typeof ShortfallsSchema> = {},
): ReadonlySet<Shortfall> {
  const c = typeof from === 'number' ? seededChoices(from ^ 0x5bd1e995) : from;
  const found = new Set<Shortfall>();
  for (const kind of Object.keys(SHORTFALLS) as Shortfall[]) {
    if (c.chance(shares[kind] ?? SHORTFALLS[kind])) found.add(kind);
  }
  return found;
}
