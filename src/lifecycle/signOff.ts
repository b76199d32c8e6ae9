import type { ReferenceIssue } from './defineEvent.js';
import type { CaseRecord } from './record.js';

/**
 * @internal Separation of duties for a countersignature (an assessment's or a plan version's
 * sign-off): never by the one who wrote it and, once the case records its staff, only by someone
 * holding the `manager` role. Issues at the event's `by`, naming the rule broken.
 */
export function signOffIssues(
  record: CaseRecord,
  signer: string,
  authors: readonly (string | undefined)[],
): ReferenceIssue[] {
  if (authors.includes(signer)) {
    return [
      {
        kind: 'sign_off_not_permitted',
        code: 'author_cannot_sign_off',
        path: ['by'],
        message: 'A sign-off is a countersignature: the one who wrote it cannot sign it off',
      },
    ];
  }
  const recorded = record.staff.length > 0;
  const manager = record.staff.some((s) => s.id === signer && s.roles.includes('manager'));
  return recorded && !manager
    ? [
        {
          kind: 'sign_off_not_permitted',
          code: 'manager_role_required',
          path: ['by'],
          message: 'Only a member of staff with the manager role on this case can sign off',
        },
      ]
    : [];
}
