/**
 * fast-check arbitraries for every input of the library, made from small choices so shrinking
 * ends on readable counterexamples (`o-1`, `2025-01-01`, the first phrase of a list), and for
 * valid event sequences.
 */
import { fromSchemas } from './entities.js';
import {
  caseEvent,
  caseFile,
  invalidEventFor,
  lifecycleScript,
  validEventSequence,
} from './events.js';
import { childWithDisposal, disposal, yroRequirement } from './lawful.js';
import { simulatedCase } from './simulated.js';

export {
  eventsOfScript,
  type InvalidEvent,
  type InvalidEventKind,
  type LifecycleScript,
  type LifecycleSize,
} from './events.js';
export type { DisposalConstraints } from './lawful.js';
export type { SimulatedCaseConstraints } from './simulated.js';

/**
 * The arbitraries, one per input schema (each returns a fresh fast-check arbitrary) including
 * every top-level input of `jsonSchemas()` (a case file, one event, a policy...), each derived
 * from its zod schema (with disposals and requirements from the law tables), plus valid event
 * sequences from the kit's lifecycle walk. Every generated value parses with its schema.
 *
 * @example
 * import fc from 'fast-check';
 * import { arbitraries } from 'yjplan/testing';
 * fc.assert(fc.property(arbitraries.disposal({ type: 'referral-order' }), (d) => DisposalSchema.safeParse(d).success));
 * fc.assert(fc.property(arbitraries.validEventSequence(), (events) => replay(events).events.length === events.length));
 */
export const arbitraries = {
  ...fromSchemas,
  disposal,
  yroRequirement,
  childWithDisposal,
  caseEvent,
  caseFile,
  simulatedCase,
  validEventSequence,
  lifecycleScript,
  invalidEventFor,
} as const;
