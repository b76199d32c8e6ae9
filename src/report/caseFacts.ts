import { checkCase } from '../checks/checkCase.js';
import type { Finding, Severity } from '../checks/finding.js';
import { involvementSummary } from '../involvement/summary.js';
import type { InvolvementSummary } from '../involvement/types.js';
import type { DisposalType } from '../law/disposals.js';
import { currentPlan, signedOffAssessment } from '../lifecycle/derive.js';
import { ordersOn, principalOf } from '../lifecycle/orders.js';
import type { CaseState } from '../lifecycle/state.js';
import type { IsoDate } from '../model/dates.js';
import type { Id } from '../model/ids.js';
import type { Policy } from '../policy/index.js';
import { reviewSchedule } from '../schedule/reviewSchedule.js';
import type { ReviewSchedule } from '../schedule/types.js';
import { judge } from './judge.js';
import type { Answer, QuestionId } from './questions.js';

/** @internal What the report keeps of one case: small, so a caseload streams in flat memory. */
export interface CaseFacts {
  readonly caseId: Id;
  readonly practitioner: Id;
  readonly stage: string;
  /** The principal order's type as it stood; `bail-or-remand` before any sentence. */
  readonly disposal: DisposalType | typeof NOT_SENTENCED;
  readonly interventionLevel: string;
  readonly answers: Readonly<Record<QuestionId, Answer>>;
  readonly findings: readonly { rule: string; severity: Severity; overridden: boolean }[];
  readonly reviewDueSoon: boolean;
  readonly reviewOverdue: boolean;
  readonly referrals: readonly { agency: string; days: number; started: boolean }[];
  readonly absences: number;
  readonly warnings: number;
  readonly breaches: number;
  readonly breachOutcomes: readonly string[];
}

/** @internal What the report counts a case on bail or remand, with no sentence yet, as. */
export const NOT_SENTENCED = 'bail-or-remand';

/** @internal Days between two calendar dates. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** How soon a scheduled review counts as "due" on the report. */
const DUE_SOON_DAYS = 28;

function reviewState(schedule: ReviewSchedule, asOf: IsoDate) {
  const overdue =
    schedule.scheduled.some((r) => r.overdue) ||
    schedule.triggered.some((r) => r.overdue) ||
    schedule.unactionedTriggers.some((t) => t.overdue);
  const next = schedule.nextDue;
  const dueSoon = !overdue && next !== undefined && daysBetween(asOf, next.date) <= DUE_SOON_DAYS;
  return { overdue, dueSoon };
}

/** Referral waits: from made to started, or to `asOf` for a referral still waiting. */
function referralWaits(state: CaseState, asOf: IsoDate): CaseFacts['referrals'] {
  const waits: { agency: string; days: number; started: boolean }[] = [];
  for (const r of state.record.referrals) {
    const made = r.history.find((h) => h.status === 'made') ?? r.history[0];
    if (!made || made.on > asOf) continue;
    const started = r.history.find((h) => h.status === 'started' && h.on <= asOf);
    const ended = r.history.some(
      (h) =>
        h.on <= asOf &&
        (h.status === 'completed' || h.status === 'declined' || h.status === 'not-available'),
    );
    if (started)
      waits.push({ agency: r.agency, days: daysBetween(made.on, started.on), started: true });
    else if (!ended)
      waits.push({ agency: r.agency, days: daysBetween(made.on, asOf), started: false });
  }
  return waits;
}

/** @internal Works out what the report needs of one case, judged at `asOf`. */
export function caseFacts(state: CaseState, asOf: IsoDate, policy: Policy): CaseFacts {
  const findings: Finding[] = checkCase(state, { asOf, policy });
  const schedule = reviewSchedule(state, { asOf, policy });
  const involvement: InvolvementSummary = involvementSummary(state, { asOf });
  const { record } = state;
  const assessment = signedOffAssessment(record)?.assessment;
  const { overdue, dueSoon } = reviewState(schedule, asOf);
  let absences = 0;
  for (const c of record.contacts) {
    if (c.date <= asOf && c.attendance === 'unacceptable-absence') absences++;
  }
  let warnings = 0;
  let breaches = 0;
  const breachOutcomes: string[] = [];
  for (const c of record.compliance) {
    if (c.on > asOf) continue;
    if (c.kind === 'warning') warnings++;
    else if (c.kind === 'breach-action') breaches++;
    else if (c.kind === 'breach-outcome') breachOutcomes.push(c.outcome);
  }
  return {
    caseId: record.caseId,
    practitioner: record.caseManager,
    stage: state.stage,
    disposal: principalOf(ordersOn(state, asOf))?.disposal.type ?? NOT_SENTENCED,
    interventionLevel: assessment?.interventionLevel ?? 'not assessed',
    answers: judge(state, { findings, schedule, involvement, plan: currentPlan(record) }),
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      overridden: f.overridden !== undefined,
    })),
    reviewDueSoon: dueSoon,
    reviewOverdue: overdue,
    referrals: referralWaits(state, asOf),
    absences,
    warnings,
    breaches,
    breachOutcomes,
  };
}
