import type { OpenedBeforeSentence } from '../_lib/steps/opening.js';

/**
 * Share of court-ordered cases that the service opens before sentence, on bail with bail
 * supervision and support or on remand to local authority accommodation, and that gain their
 * order at sentence (`order.made`). Assumption, not a published figure: youth justice statistics
 * count remand episodes and bail supervision in the low thousands a year against tens of
 * thousands of sentences; one case in ten keeps the path well exercised.
 *
 * @example
 * OPENED_BEFORE_SENTENCE.share; // 0.1
 */
export const OPENED_BEFORE_SENTENCE = {
  share: 0.1,
  /** Of those: remanded to local authority accommodation (the rest on bail with support). */
  remanded: 0.3,
  /** Weeks from the bail or remand decision to sentence. */
  weeks: [3, 8] as const,
} as const;

/** A number in [0, 1) from the seed and a salt, every bit of both mixed (murmur3's finaliser). */
function uniform(seed: number, salt: number): number {
  let h = (seed ^ salt) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * @internal Whether the case simulated from `seed` opens before sentence: drawn from the seed by
 * a hash of its own, so that no other choice of the case changes (and not from a second
 * generator seeded nearby, whose first draws follow the simulator's own).
 */
export function beforeSentenceOf(seed: number): OpenedBeforeSentence | undefined {
  if (uniform(seed, 0x27d4eb2f) >= OPENED_BEFORE_SENTENCE.share) return undefined;
  const [min, max] = OPENED_BEFORE_SENTENCE.weeks;
  return {
    kind:
      uniform(seed, 0x165667b1) < OPENED_BEFORE_SENTENCE.remanded
        ? 'remand-local-authority'
        : 'bail-supervision-and-support',
    weeks: min + Math.floor(uniform(seed, 0x7feb352d) * (max - min + 1)),
  };
}
