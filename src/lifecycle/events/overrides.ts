import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { TextSchema } from '../../model/ids.js';
import { defineEvent } from '../defineEvent.js';

/**
 * `finding.overridden`: a practitioner records why a check's finding does not apply here.
 * The finding is still reported by `checkCase`, marked as overridden with this rationale, the
 * practitioner and the date; the newest override of a finding wins. `target` is the finding's
 * path joined with `/` (what `findingTarget(finding)` gives, e.g. `plan/objectives/o-2`), or
 * `''` for a finding about the whole case.
 *
 * The rule id is checked for its shape only, not against the rule catalogue: the log must
 * replay under later versions of the library even if a rule is renamed or retired (an
 * override of an unknown rule then simply matches no finding).
 *
 * @example
 * log.add('finding.overridden', '2025-10-01', {
 *   rule: 'plan.front-loaded', target: 'plan/actions', on: '2025-10-01',
 *   rationale: 'Three of the actions are one short visit, agreed with the child',
 * });
 */
export const findingOverridden = defineEvent({
  type: 'finding.overridden',
  description:
    'A practitioner overrides one finding of the plan checks, with a recorded rationale.',
  payload: z.strictObject({
    rule: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9-]+$/, { error: 'Expected a rule id such as plan.front-loaded' }),
    /** The finding's path joined with `/`; `''` for the whole case. */
    target: z
      .string()
      .max(500)
      .regex(/^[A-Za-z0-9._:/-]*$/, {
        error: 'Expected a finding path joined with "/", such as plan/objectives/o-2',
      })
      .default(''),
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
