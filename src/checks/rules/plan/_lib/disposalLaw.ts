/**
 * The disposal's legal limits, re-checked on the case as it stands: the schema's limits that do
 * not depend on the child, and {@link disposalIssuesForChild} for those that do. Nothing of the
 * law is restated here.
 * @internal
 */
import { issuesFromZod } from '../../../../errors/fromZod.js';
import type { YjplanIssue } from '../../../../errors/YjplanError.js';
import {
  type Disposal,
  DisposalSchema,
  disposalIssuesForChild,
} from '../../../../model/disposal/index.js';

const cache = new WeakMap<Disposal, { dateOfBirth: string; issues: readonly YjplanIssue[] }>();

/** @internal Every legal issue of an order as it stands, with paths relative to the order. */
export function disposalLawIssues(disposal: Disposal, dateOfBirth: string): readonly YjplanIssue[] {
  const hit = cache.get(disposal);
  if (hit && hit.dateOfBirth === dateOfBirth) return hit.issues;
  const parsed = DisposalSchema.safeParse(disposal);
  const issues = [
    ...(parsed.success ? [] : issuesFromZod(parsed.error)),
    ...disposalIssuesForChild(disposal, dateOfBirth),
  ];
  cache.set(disposal, { dateOfBirth, issues });
  return issues;
}

/** @internal The requirement an issue concerns (YRO requirement or contract term), if any. */
export function requirementOfIssue(
  disposal: Disposal,
  issue: YjplanIssue,
): { id: string; kind: string } | undefined {
  const [list, index] = issue.path;
  if (typeof index !== 'number') return undefined;
  if (list === 'requirements' && 'requirements' in disposal) return disposal.requirements[index];
  if (list === 'contract' && disposal.type === 'referral-order') return disposal.contract?.[index];
  if (list === 'conditions' && disposal.type === 'youth-conditional-caution') {
    const c = disposal.conditions[index];
    return c && { id: c.id, kind: 'caution-condition' };
  }
  return undefined;
}
