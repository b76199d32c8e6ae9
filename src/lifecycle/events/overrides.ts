import { z } from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { TextSchema } from '../../model/ids.js';
import { defineEvent } from '../defineEvent.js';

/**
 * `finding.overridden`: a practitioner records why a check's finding does not apply here.
 * The finding is still reported, marked as overridden with this rationale.
 */
export const findingOverridden = defineEvent({
  type: 'finding.overridden',
  description:
    'A practitioner overrides one finding of the plan checks, with a recorded rationale.',
  payload: z.strictObject({
    rule: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9-]+$/, { error: 'Expected a rule id such as plan.front-loaded' }),
    target: z.string().max(500).default(''),
    rationale: TextSchema,
    on: IsoDateSchema,
  }),
  allowedIn: ['opened', 'assessment', 'planning', 'delivery', 'review', 'closing'],
  apply: (record, event) => ({
    ...record,
    overrides: [...record.overrides, { eventId: event.id, by: event.by, ...event.payload }],
  }),
  summary: ({ payload }) => `Finding ${payload.rule} overridden`,
});

/** @internal The check-override events. */
export const overrideEvents = [findingOverridden] as const;
