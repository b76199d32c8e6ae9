import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { defineEvent } from '../defineEvent.js';

/**
 * @internal `custody.phaseEnded`: release from the custodial part of a DTO (or detention) to community supervision.
 */
export const custodyPhaseEnded = defineEvent({
  type: 'custody.phaseEnded',
  description: 'The child is released from custody to supervision in the community.',
  payload: z.strictObject({ on: IsoDateSchema }),
  apply: (record, { payload }) => ({ ...record, custodyPhaseEndedOn: payload.on }),
  summary: () => 'Released from custody to community supervision',
});

/** @internal The custody events. */
export const custodyEvents = [custodyPhaseEnded] as const;
