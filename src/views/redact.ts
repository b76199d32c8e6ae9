import type { Audience, Visibility } from '../model/visibility.js';

/**
 * Whether an item may be shown to an audience. Practitioners see everything (the record stays
 * complete and defensible); every other audience sees only what is marked shareable with it.
 * The one redaction test of the library: every view filters through it.
 *
 * @example
 * mayShow({ child: false, parentsCarers: true, agencies: true, withheldReason: 'risk to victim' }, 'child'); // false
 */
export function mayShow(visibility: Visibility, audience: Audience): boolean {
  return audience === 'practitioner' || visibility[audience] === true;
}
