import { disposalCatalogue } from '../../law/disposals.js';
import { currentPlan, objectiveNow } from '../../lifecycle/derive.js';
import type { CaseState } from '../../lifecycle/state.js';
import { disposalEndDate, disposalStartDate } from '../../model/disposal/index.js';
import type { Owner } from '../../model/owner.js';
import { stageLabel } from '../../views/stageLabel.js';
import type { Painter } from '../io.js';

/** @internal Who owns an action, as a practitioner says it. */
export function ownerLabel(owner: Owner): string {
  switch (owner.kind) {
    case 'child':
      return 'child';
    case 'parent-carer':
      return `parent/carer ${owner.personId}`;
    case 'yos':
      return `YOS ${owner.role}`;
    case 'partner-agency':
      return owner.name;
  }
}

/** @internal The case at a glance: child, disposal, stage, plan version, objectives and actions. */
export function formatCaseSummary(state: CaseState, paint: Painter): string[] {
  const { record } = state;
  const disposal = record.disposal;
  const end = disposalEndDate(disposal);
  const lines = [
    `${paint.bold(record.child.preferredName ?? record.child.id)} ${paint.dim(`(${record.caseId})`)}`,
    `  Disposal: ${disposalCatalogue[disposal.type].label}, ${disposalStartDate(disposal)}${end ? ` to ${end}` : ''}`,
    `  Stage:    ${stageLabel(state)}`,
  ];
  const version = currentPlan(record);
  if (!version) return [...lines, '  No plan drafted yet.'];
  const agreed = record.agreements
    .filter((a) => a.planVersion === version.version)
    .map((a) => `${a.party.kind === 'child' ? 'child' : a.party.personId} ${a.status}`);
  lines.push(
    `  Plan:     version ${version.version} (${version.status}${version.activatedOn ? ` from ${version.activatedOn}` : ''}); agreement: ${agreed.join(', ') || 'none recorded'}`,
    `            ${version.plan.plannedContactsPerMonth} contacts a month; next review ${version.plan.nextReviewDate ?? 'not set'}`,
  );
  // Most important first; numbered by position, since two objectives may share a priority.
  const objectives = [...version.plan.objectives].sort((a, b) => a.priority - b.priority);
  for (const [i, o] of objectives.entries()) {
    const now = objectiveNow(record, version.version, o.id) ?? o;
    lines.push(`  ${i + 1}. ${o.wording} ${paint.dim(`[${now.status}, ${now.achievement}]`)}`);
    if (o.childWords) lines.push(`     ${paint.cyan(`In the child’s words: “${o.childWords}”`)}`);
    for (const a of version.plan.actions.filter((x) => x.objectiveId === o.id)) {
      lines.push(
        `     - ${a.description} ${paint.dim(`(${ownerLabel(a.owner)}${a.dueDate ? `, by ${a.dueDate}` : ''})`)}`,
      );
    }
  }
  return lines;
}
