import { disposalCatalogue } from '../../law/disposals.js';
import { currentPlan } from '../../lifecycle/derive.js';
import { casePeriodEnd, ordersOn, principalOf } from '../../lifecycle/orders.js';
import type { CaseRecord, PlanVersionRecord } from '../../lifecycle/record.js';
import type { CaseState } from '../../lifecycle/state.js';
import type { Achievement, Objective, ObjectiveStatus } from '../../model/plan.js';
import { stageInWords } from '../../render/stageWords.js';
import type { Painter } from '../io.js';
import type { Namer } from './names.js';
import { words } from './table.js';

/**
 * @internal An objective's status and achievement as of a date: only updates recorded on or
 * before it count, and once the case has closed an objective still open reads as ended with the
 * case (it is no longer being worked on).
 */
export function objectiveAsOf(
  record: CaseRecord,
  version: PlanVersionRecord,
  objective: Objective,
  asOf: string,
): { status: ObjectiveStatus | 'ended-with-the-case'; achievement: Achievement } {
  let status: ObjectiveStatus = objective.status;
  let achievement = objective.achievement;
  for (const u of record.objectiveUpdates) {
    if (u.objectiveId !== objective.id || u.planVersion > version.version || u.on > asOf) continue;
    if (u.status) status = u.status;
    if (u.progress) achievement = u.progress.achievement;
  }
  const closed = record.closure !== undefined && record.closure.on <= asOf;
  const open = status === 'active' || status === 'proposed' || status === 'paused';
  return { status: closed && open ? 'ended-with-the-case' : status, achievement };
}

const AGREEMENT: Record<string, string> = {
  agreed: 'agreed',
  'agreed-with-misgivings': 'agreed with misgivings',
  disagreed: 'disagreed',
  'could-not-be-discussed': 'could not be discussed',
};

/**
 * @internal The case at a glance, as a practitioner reads it: the child, the disposal, the stage
 * in words, the plan version with each party's agreement by name, and the objectives (their
 * status as of `asOf`) with who does each action.
 */
export function formatCaseSummary(
  state: CaseState,
  asOf: string,
  names: Namer,
  paint: Painter,
): string[] {
  const { record } = state;
  const orders = ordersOn(state, asOf);
  const principal = principalOf(orders);
  const end = casePeriodEnd(orders);
  const lines = [
    `${paint.bold(names.child)} ${paint.dim(`(${record.caseId})`)}, case manager ${names.name(record.caseManager)}`,
    principal
      ? `  Disposal: ${disposalCatalogue[principal.disposal.type].label}, ${principal.start}${end ? ` to ${end}` : ''}`
      : '  Disposal: none yet (bail or remand)',
    `  Stage:    ${stageInWords(state)}`,
  ];
  const version = currentPlan(record);
  if (!version) return [...lines, '  No plan drafted yet.'];
  const agreed = record.agreements
    .filter((a) => a.planVersion === version.version)
    .map(
      (a) =>
        `${a.party.kind === 'child' ? names.child : names.person(a.party.personId)} ${AGREEMENT[a.status] ?? a.status}`,
    );
  lines.push(
    `  Plan:     version ${version.version} (${version.status}${version.activatedOn ? ` from ${version.activatedOn}` : ''}); agreement: ${agreed.join(', ') || 'none recorded'}`,
    `            ${version.plan.plannedContactsPerMonth} contacts a month; next review ${version.plan.nextReviewDate ?? 'not set'}`,
  );
  // Most important first; numbered by position, since two objectives may share a priority.
  const objectives = [...version.plan.objectives].sort((a, b) => a.priority - b.priority);
  for (const [i, o] of objectives.entries()) {
    const now = objectiveAsOf(record, version, o, asOf);
    lines.push(
      `  ${i + 1}. ${o.wording} ${paint.dim(`[${words(now.status)}; ${words(now.achievement)}]`)}`,
    );
    if (o.childWords) {
      lines.push(`     ${paint.cyan(`In ${names.child}’s words: “${o.childWords}”`)}`);
    }
    for (const a of version.plan.actions.filter((x) => x.objectiveId === o.id)) {
      lines.push(
        `     - ${a.description} ${paint.dim(`(${names.owner(a.owner)}${a.dueDate ? `, by ${a.dueDate}` : ''})`)}`,
      );
    }
  }
  return lines;
}
