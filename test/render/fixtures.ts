import type { CaseEvent } from '../../src/lifecycle/events/index.js';
import { applyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../src/testing/index.js';

/** Kai's case during delivery (as of 2025-10-16): plan version 1 active. */
export function kaiDuringDelivery(): CaseState {
  const events = workedExampleEvents();
  return replay(events.filter((e) => e.at.slice(0, 10) <= '2025-10-16') as CaseEvent[]);
}

/**
 * A case with a lawful basis for sharing with an agency recorded (a statutory gateway, from
 * `from`): an agency's copy needs one.
 */
export function withSharingBasis(state: CaseState, agency: string, from = '2025-09-24'): CaseState {
  return applyEvent(state, {
    id: `e-basis-${agency}`,
    type: 'sharing.basisRecorded',
    at: `${from}T17:00:00Z`,
    by: 'pr-sam',
    payload: {
      basis: {
        id: `sb-${agency}`,
        agency,
        basis: 'statutory-gateway',
        gateway: 'Crime and Disorder Act 1998 s.115',
        from,
      },
    },
  } as CaseEvent);
}

/** Kai's case at closure. */
export const kaiClosed = (): CaseState => replay(workedExampleEvents());

/** A directory as a host would pass it: names and numbers for the ids in Kai's case. */
export const DIRECTORY = {
  service: { name: 'Anytown Youth Justice Service', phone: '01632 960 000' },
  people: {
    'pr-sam': { name: 'Sam Okafor', role: 'Case manager', phone: '01632 960 123' },
    'pc-mum': { name: 'Dee Morgan' },
  },
};

/** The headings of an HTML document, in order, as [level, text]. */
export function headings(html: string): [number, string][] {
  return [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map((m) => [
    Number(m[1]),
    (m[2] ?? '').replace(/<[^>]+>/g, ''),
  ]);
}

/** The visible text of an HTML document, tags dropped (enough to find words in order). */
export const textOf = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
