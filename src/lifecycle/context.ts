import { type ComplianceStatus, complianceStatus } from './derive.js';
import { holdsCustodialOrder } from './orders.js';
import type { CaseRecord } from './record.js';

/**
 * @internal What the statechart knows of the case between events: enough to route into the right
 * delivery phase and compliance state (after a review, say). Derived from the record, never
 * stored; every field is a plain value, so `contextKey` can name any combination.
 */
export interface MachineContext {
  readonly custodial: boolean;
  readonly custodyEnded: boolean;
  readonly compliance: ComplianceStatus;
}

/** @internal The machine context for a case record. */
export function machineContext(record: CaseRecord): MachineContext {
  return {
    custodial: holdsCustodialOrder(record),
    custodyEnded: record.custodyPhaseEndedOn !== undefined,
    compliance: complianceStatus(record),
  };
}

/**
 * @internal A key for a machine context and an event's fact: every value the guards can read,
 * written out field by field (so a field added to the context is part of the key by itself).
 */
export function contextKey(context: MachineContext, fact: unknown): string {
  let key = '';
  for (const name in context) key += `${(context as unknown as Record<string, unknown>)[name]},`;
  return `${key}${String(fact)}`;
}

/**
 * @internal The guard of the custodial phase: a custodial order whose custody has not ended.
 */
export const CUSTODY_PHASE = {
  name: 'custodyPhase',
  test: (_fact: unknown, context: MachineContext) => context.custodial && !context.custodyEnded,
};
