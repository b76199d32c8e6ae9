import type { SampleChoice } from '../../../lifecycle/defineEvent.js';
import {
  type CaseEventInput,
  type CaseEventType,
  eventDefinition,
} from '../../../lifecycle/events/index.js';
import { parseCaseEvent } from '../../../lifecycle/parsers.js';
import type { IsoDate } from '../../../model/dates.js';
import { sampleContent } from '../../_lifecycle/sampler.js';
import type { CaseWriter, PayloadOf } from '../caseWriter.js';

const CONTENT = sampleContent('referral-order');

/**
 * @internal The payload of `type` its own event definition samples for the case as it stands on
 * `on` (ids numbered by the writer), with its defaults filled in.
 */
export function samplePayload<T extends CaseEventType>(
  w: CaseWriter,
  type: T,
  on: IsoDate,
  choice: SampleChoice = {},
): PayloadOf<T> {
  const definition = eventDefinition(type);
  if (!definition) throw new Error(`No event type ${type}`);
  const sample = definition.sample(w.record, {
    on,
    newId: (prefix: string) => w.nextId(prefix),
    choice,
    content: CONTENT,
  });
  // Complete, every default written out, as the simulator's writer expects its events.
  const event = { id: 'sample', type, at: `${on}T09:00:00Z`, by: 'sample', payload: sample };
  return parseCaseEvent(event as CaseEventInput).payload as PayloadOf<T>;
}

/** @internal Writes the event of `type` its definition samples for the case on `on`. */
export function writeSample(w: CaseWriter, type: CaseEventType, on: IsoDate): boolean {
  return w.add(type, on, samplePayload(w, type, on));
}
