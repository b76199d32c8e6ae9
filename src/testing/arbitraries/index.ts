/**
 * fast-check arbitraries for every input of the library, made from small choices so shrinking
 * ends on readable counterexamples (`o-1`, `2025-01-01`, the first phrase of a list), and for
 * valid event sequences.
 */
import { agreement } from './agreement.js';
import { assessedFactor, assessment, ratings, strength, views } from './assessment.js';
import { childWithDisposal, people } from './caseOpening.js';
import {
  breachAction,
  contact,
  notDelivered,
  objectiveProgress,
  referral,
  reviewOutcome,
  warning,
} from './delivery.js';
import { disposal } from './disposal.js';
import {
  caseEvent,
  caseFile,
  invalidEventFor,
  lifecycleScript,
  validEventSequence,
} from './events.js';
import { handoverPlan } from './handoverPlan.js';
import { involvementRecord } from './involvement.js';
import { child, contactRestriction, parentCarer, responsivityNeed } from './people.js';
import {
  assessmentWithPlan,
  contingencyPlan,
  exitPlan,
  interventionPlan,
  owner,
  visibility,
} from './plan.js';
import { policy } from './policy.js';
import { yroRequirement } from './yroRequirement.js';

export type { DisposalConstraints } from './disposal.js';
export {
  eventsOfScript,
  type InvalidEvent,
  type InvalidEventKind,
  type LifecycleScript,
  type LifecycleSize,
} from './events.js';

/**
 * The arbitraries, one per input schema (each returns a fresh fast-check arbitrary) including
 * every top-level input of `jsonSchemas()` (a case file, one event, a policy...), plus valid
 * event sequences and lifecycle scripts. Every generated value parses with its schema.
 *
 * @example
 * import fc from 'fast-check';
 * import { arbitraries } from 'yjplan/testing';
 * fc.assert(fc.property(arbitraries.disposal({ type: 'referral-order' }), (d) => DisposalSchema.safeParse(d).success));
 * fc.assert(fc.property(arbitraries.validEventSequence(), (events) => replay(events).events.length === events.length));
 */
export const arbitraries = {
  child,
  responsivityNeed,
  parentCarer,
  contactRestriction,
  people,
  disposal,
  yroRequirement,
  childWithDisposal,
  ratings,
  views,
  assessedFactor,
  strength,
  assessment,
  interventionPlan,
  assessmentWithPlan,
  contingencyPlan,
  exitPlan,
  owner,
  visibility,
  agreement,
  involvementRecord,
  contact,
  referral,
  notDelivered,
  warning,
  breachAction,
  objectiveProgress,
  reviewOutcome,
  policy,
  handoverPlan,
  caseEvent,
  caseFile,
  validEventSequence,
  lifecycleScript,
  invalidEventFor,
} as const;
