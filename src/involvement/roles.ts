import type { ParentCarer } from '../model/parentCarer.js';

const CARING_ROLES = new Set<ParentCarer['role']>([
  'parent',
  'carer',
  'foster-carer',
  'kinship-carer',
]);

/**
 * Whether a person counts as a parent or guardian of the child: a parent, anyone with parental
 * responsibility, or someone who has the care of the child (a "guardian" in the Children and
 * Young Persons Act 1933 s.107 sense, which the Sentencing Act 2020 uses). The local authority as
 * corporate parent is not counted here: see {@link isCorporateParent}.
 *
 * @example
 * isParentOrGuardian({ id: 'pc-nan', role: 'kinship-carer', relationship: 'grandmother', parentalResponsibility: false, restrictions: [] }); // true
 */
export function isParentOrGuardian(person: ParentCarer): boolean {
  return CARING_ROLES.has(person.role) || person.parentalResponsibility;
}

/**
 * Whether a person is the local authority acting as corporate parent of a looked-after child
 * (Children Act 1989 s.22).
 *
 * @example
 * isCorporateParent({ id: 'la-1', role: 'corporate-parent', relationship: 'local authority', parentalResponsibility: true, restrictions: [] }); // true
 */
export function isCorporateParent(person: ParentCarer): boolean {
  return person.role === 'corporate-parent';
}

/**
 * Whether the checks expect a person to be involved (invited, heard, asked to agree): every
 * parent, carer and corporate parent, and anyone else with parental responsibility. Someone
 * recorded with the role `other` and no parental responsibility (a sibling, a family friend) is
 * shown in the summary but not expected.
 *
 * @example
 * expectedToBeInvolved({ id: 'pc-bro', role: 'other', relationship: 'older brother', parentalResponsibility: false, restrictions: [] }); // false
 */
export function expectedToBeInvolved(person: ParentCarer): boolean {
  return isParentOrGuardian(person) || isCorporateParent(person);
}
