import type { CaseRecord } from '../../lifecycle/record.js';
import type { Owner } from '../../model/owner.js';

/** @internal Names a host knows for the ids in a case (the library itself keeps only ids). */
export type NameDirectory = Readonly<Record<string, string>>;

const ROLE: Record<string, string> = {
  parent: 'parent',
  carer: 'carer',
  'foster-carer': 'foster carer',
  'kinship-carer': 'kinship carer',
  'corporate-parent': 'corporate parent',
  other: 'carer',
};

/**
 * @internal How a practitioner names people in a case: a parent/carer by name and relationship
 * (`Dee (mother)`), or by relationship and role when no name is known (`mother (parent)`); a
 * practitioner by name and role (`Sam (case manager)`).
 */
export function namer(record: CaseRecord, names: NameDirectory) {
  const person = (id: string): string => {
    const p = record.people.find((x) => x.id === id);
    const name = names[id];
    if (!p) return name ?? 'a parent/carer';
    return name ? `${name} (${p.relationship})` : `${p.relationship} (${ROLE[p.role] ?? p.role})`;
  };
  const practitioner = (id: string, role: string): string => {
    const name = names[id];
    return name ? `${name} (${role})` : role;
  };
  const child = record.child.preferredName ?? 'the child';
  const owner = (o: Owner): string => {
    switch (o.kind) {
      case 'child':
        return child;
      case 'parent-carer':
        return person(o.personId);
      case 'yos': {
        const role = o.role.replaceAll('-', ' ');
        const id = o.practitionerId ?? (o.role === 'case-manager' ? record.caseManager : undefined);
        return id === undefined ? `YOS ${role}` : practitioner(id, role);
      }
      case 'partner-agency':
        return o.name;
    }
  };
  /** A practitioner by name alone, or their id when no name is known. */
  const name = (id: string): string => names[id] ?? id;
  return { person, practitioner, child, owner, name };
}

/** @internal The namer of a case. */
export type Namer = ReturnType<typeof namer>;
