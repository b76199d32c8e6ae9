import type { Agency } from '../model/owner.js';
import type { Audience, Visibility } from '../model/visibility.js';

/**
 * Whether an item may be shown to an audience. Practitioners see everything (the record stays
 * complete and defensible); every other audience sees only what is marked shareable with it:
 * one agency (`'agency'`, named by `agency`) what is shared with every agency or with it by
 * name, `'agencies'` only what is shared with every agency. Information about a victim never
 * reaches the child or parents/carers, whatever its flags say. The one redaction test of the
 * library: every view filters through it.
 *
 * @example
 * mayShow({ child: false, parentsCarers: true, agencies: true, withheldReason: 'risk to victim' }, 'child'); // false
 * mayShow({ child: true, parentsCarers: true, agencies: ['mental-health'] }, 'agency', 'education'); // false
 */
export function mayShow(visibility: Visibility, audience: Audience, agency?: Agency): boolean {
  const victim = visibility.victimInformation === true;
  switch (audience) {
    case 'practitioner':
      return true;
    case 'child':
      return visibility.child === true && !victim;
    case 'parentsCarers':
      return visibility.parentsCarers === true && !victim;
    case 'agencies':
      return visibility.agencies === true;
    case 'agency': {
      const shared = visibility.agencies;
      return (
        agency !== undefined &&
        (shared === true || (Array.isArray(shared) && shared.includes(agency)))
      );
    }
    default:
      return false;
  }
}
