import type { StateValue } from 'xstate';
import { machineContext } from './context.js';
import type { Fact } from './defineEvent.js';
import { DEFINITIONS, eventDefinition } from './events/index.js';
import type { CaseRecord } from './record.js';
import { nextStateValue } from './transitions.js';

const ANY_PAYLOAD: readonly Fact[] = [undefined];

/**
 * @internal Event types the machine accepts now for some payload (with the facts such a payload
 * can give, as each event declares them): every other type is refused as `event_not_allowed`,
 * whatever its payload.
 */
export function stageAcceptedTypes(value: StateValue, record: CaseRecord): string[] {
  const context = machineContext(record);
  const types: string[] = [];
  for (const definition of DEFINITIONS) {
    const fact = definition.fact;
    const facts: readonly Fact[] = fact
      ? (fact.offered?.(record) ?? [fact.of(record, undefined)])
      : ANY_PAYLOAD;
    if (facts.some((f) => nextStateValue(value, context, definition.type, f) !== null)) {
      types.push(definition.type);
    }
  }
  return types;
}

/**
 * @internal Event types the case can take now: the machine accepts them in this state, and some
 * payload can refer to what the record holds (each event's `offeredWhen`, declared beside its
 * reference checks), so each one is accepted for at least one payload. A property test applies
 * each event's sample for every offered type, so a reference check whose event lacks the
 * matching `offeredWhen` fails there.
 */
export function acceptedTypes(value: StateValue, record: CaseRecord): string[] {
  return stageAcceptedTypes(value, record).filter(
    (type) => eventDefinition(type)?.offeredWhen?.(record) !== false,
  );
}
