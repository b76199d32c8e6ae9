import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { isCustodial } from '../../model/disposal/index.js';
import { CUSTODY_PHASE } from '../context.js';
import { defineEvent } from '../defineEvent.js';
import { SUPERVISION_STAGES } from '../stages.js';

/**
 * @internal `custody.phaseEnded`: release from the custodial part of a DTO (or detention) to
 * community supervision. In delivery it moves the phase to the community; outside delivery it is
 * recorded while custody lasts, and delivery is entered in the community phase.
 */
export const custodyPhaseEnded = defineEvent({
  type: 'custody.phaseEnded',
  description: 'The child is released from custody to supervision in the community.',
  payload: z.strictObject({ on: IsoDateSchema }),
  moves: [
    { from: 'delivery.phase.custody', to: 'delivery.phase.community' },
    ...SUPERVISION_STAGES.map((from) => ({ from, guard: CUSTODY_PHASE })),
  ],
  apply: (draft, { payload }) => {
    draft.custodyPhaseEndedOn = payload.on;
    // Every custodial order still in its custodial part is released (consecutive terms as one).
    for (const o of draft.orders) {
      if (o.revocation === undefined && o.releasedOn === undefined && isCustodial(o.order)) {
        o.releasedOn = payload.on;
      }
    }
  },
  summary: () => 'Released from custody to community supervision',
  sample: (_record, { on }) => ({ on }),
});

/** @internal The custody events. */
export const custodyEvents = [custodyPhaseEnded] as const;
