import type fc from 'fast-check';
import type { DisposalType } from '../../law/disposals.js';
import type { CaseFile } from '../../lifecycle/persist.js';
import type { IsoDate } from '../../model/dates.js';
import { SIMULATION_START } from '../simulator/options.js';
import { shortfallsOf } from '../simulator/shortfalls.js';
import { simulateWith } from '../simulator/simulateCase.js';
import { fromChoices } from './choices.js';

/**
 * Constraints for {@link simulatedCase}.
 *
 * @example
 * arbitraries.simulatedCase({ disposalType: 'referral-order' });
 */
export interface SimulatedCaseConstraints {
  /** Only this disposal (default: any of the caseload mix). */
  readonly disposalType?: DisposalType;
  /** The day the case opens (default the simulator's start date). */
  readonly start?: IsoDate;
  /** Stop the case at the end of this day (an open case). */
  readonly until?: IsoDate;
}

/**
 * A realistic case from the simulator, every choice of it drawn by fast-check: the same
 * construction code as `simulateCase` (disposal from the law tables, assessment, plan, contacts,
 * reviews, compliance, closure), with the shortfalls at their default shares. A failing property
 * shrinks to a plainer case: fewer shortfalls, shorter orders, the first of each choice.
 *
 * @example
 * fc.assert(fc.property(arbitraries.simulatedCase(), (file) => replay(file.events).events.length === file.events.length));
 */
export function simulatedCase(constraints: SimulatedCaseConstraints = {}): fc.Arbitrary<CaseFile> {
  return fromChoices((c) =>
    simulateWith(c, {
      caseId: 'case-1',
      start: constraints.start ?? SIMULATION_START,
      disposalType: constraints.disposalType,
      until: constraints.until,
      shortfalls: shortfallsOf(c),
    }),
  );
}
