import { ageOn } from '../../../_lib/calendar.js';
import { disposalCatalogue } from '../../../law/disposals.js';
import type { IsoDate } from '../../../model/dates.js';
import type { Disposal } from '../../../model/disposal/schema.js';
import type { CaseSetup } from '../../_lib/setup.js';
import { decisionDay, supervisionEnds } from '../../_lib/supervision.js';
import { aChild } from '../child.js';
import { BUILDER_START } from '../defaults.js';
import { aDisposalOfType } from '../disposal.js';
import { aParentCarer } from '../parentCarer.js';
import type { CaseConfig } from './config.js';

/** The disposal asked for, dated from the case start unless it carries its own dates. */
function disposalFor(config: CaseConfig): Disposal {
  if ('built' in config.disposal) return config.disposal.built;
  const { type, options } = config.disposal;
  return aDisposalOfType(type, { on: config.start ?? BUILDER_START, ...options });
}

/** A referral order whose contract the panel agrees later: opened without it, running from it. */
function awaitingContract(d: Disposal, agreedOn: IsoDate | undefined): Disposal {
  if (d.type !== 'referral-order' || agreedOn === undefined) return d;
  const { contract: _contract, startDate: _start, ...order } = d;
  return order;
}

/**
 * A DTO or a YRO with ISS for a child under 15 needs the court's opinion that the child is a
 * persistent offender: the builder records it unless told otherwise.
 */
function withPersistentOffender(d: Disposal, age: number): Disposal {
  if (d.type !== 'detention-and-training-order' && d.type !== 'youth-rehabilitation-order-iss') {
    return d;
  }
  const below = disposalCatalogue[d.type].persistentOffenderBelowAge;
  return age < below && d.persistentOffender === undefined ? { ...d, persistentOffender: true } : d;
}

/**
 * @internal The child, disposal and people of a built case, consistent with each other; a
 * referral order awaiting its contract is supervised to the end it runs to from the agreement.
 */
export function setupFor(config: CaseConfig): CaseSetup {
  const asked = disposalFor(config);
  const on = 'decisionDate' in asked ? asked.decisionDate : asked.convictionDate;
  const child = aChild({ on, ...config.child });
  const ordered = withPersistentOffender(asked, ageOn(child.dateOfBirth, on));
  const { contractAgreedOn } = config.planned;
  const disposal = awaitingContract(ordered, contractAgreedOn);
  const running =
    ordered.type === 'referral-order' && contractAgreedOn !== undefined
      ? { ...ordered, startDate: contractAgreedOn }
      : ordered;
  return {
    caseId: config.caseId,
    caseManager: config.caseManager,
    manager: config.manager,
    openedOn: decisionDay(disposal),
    child,
    disposal,
    people: (config.people ?? [{}]).map((p, i) => aParentCarer({ id: `pc-${i + 1}`, ...p })),
    supervisionEnds: supervisionEnds(running),
    involvement: config.involvement,
  };
}
