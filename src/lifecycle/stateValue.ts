import type { StateValue } from 'xstate';
import type { Stage } from './stages.js';

/** @internal The top-level stage of a state value. */
export function stageOf(value: StateValue): Stage {
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as Stage;
}

/**
 * @internal The display label of a state value: `planning.awaitingAgreement`,
 * `delivery.custody+compliant`; see `stageLabel`.
 */
export function labelOf(value: StateValue): string {
  const walk = (v: StateValue): string =>
    typeof v === 'string'
      ? v
      : Object.entries(v)
          .map(([k, sub]) => (sub === undefined ? k : `${k}.${walk(sub as StateValue)}`))
          .join('+');
  return walk(value).replace(/^delivery\.phase\.([a-z]+)\+compliance\.([a-z]+)$/, 'delivery.$1+$2');
}
