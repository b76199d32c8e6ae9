import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { IdSchema, TextSchema } from '../../model/ids.js';
import { conflict, defineEvent, missing } from '../defineEvent.js';
import { currentPlan } from '../derive.js';
import { ACTIVE_STAGES } from '../stages.js';

/**
 * `finding.overridden`: a practitioner records why a check's finding does not apply here.
 * The finding is still reported by `checkCase`, marked as overridden with this rationale, the
 * practitioner and the date; the newest override of a finding decides. `target` is the
 * finding's path joined with `/` (what `findingTarget(finding)` gives, e.g.
 * `plan/objectives/o-2`), or `''` for a finding about the whole case.
 *
 * An override holds only for what it was made against: the library records the plan version
 * in force when the event is applied (hosts never pass it), and `evidenceDigest` (optional;
 * what `findingDigest(finding)` gives, and what `overridePayload(finding, ...)` fills in)
 * names the finding's evidence. Once the plan is revised, or the evidence no longer has that
 * digest, `checkCase` reports the finding as not overridden, with the override under
 * `staleOverride`. Logs written before these fields existed still load: their overrides hold
 * for the plan version in force where they stand in the log.
 *
 * The rule id is checked for its shape only, not against the rule catalogue: the log must
 * replay under later versions of the library even if a rule is renamed or retired (an
 * override of an unknown rule then simply matches no finding). `rationale` is the
 * practitioner's own text and is copied into the overridden finding: treat it as case notes.
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
    'A practitioner overrides one finding of the plan checks, with a recorded rationale; it holds for the plan version in force and, when given, the evidence digest.',
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
    /** The digest of the finding's evidence (`findingDigest`); the override lapses when it changes. */
    evidenceDigest: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, { error: 'Expected a digest as findingDigest gives it' })
      .optional(),
  }),
  stays: ACTIVE_STAGES,
  apply: (draft, event) => {
    const planVersion = currentPlan(draft)?.version;
    draft.overrides.push({
      eventId: event.id,
      by: event.by,
      ...event.payload,
      ...(planVersion !== undefined && { planVersion }),
    });
  },
  summary: ({ payload }) => `Finding ${payload.rule} overridden`,
  sample: (_record, { on, content }) => ({
    rule: 'plan.front-loaded',
    target: 'plan/actions',
    rationale: content.text('agreed with the child'),
    on,
  }),
});

/**
 * `finding.overrideWithdrawn`: a practitioner withdraws an override (named by the id of its
 * `finding.overridden` event), with a reason. The log stays append-only: the override stays in
 * `record.overrides`, marked `withdrawn`, and the finding it covered is reported as not
 * overridden again (an older override of the same finding does not come back; record a new
 * override instead).
 *
 * @example
 * log.add('finding.overrideWithdrawn', '2025-11-03', {
 *   overrideEventId: 'e-41', on: '2025-11-03', reason: 'The visits are no longer short',
 * });
 */
export const findingOverrideWithdrawn = defineEvent({
  type: 'finding.overrideWithdrawn',
  description: 'A practitioner withdraws an earlier override of a finding, with a reason.',
  payload: z.strictObject({
    /** The id of the `finding.overridden` event being withdrawn. */
    overrideEventId: IdSchema,
    reason: TextSchema,
    on: IsoDateSchema,
  }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => record.overrides.some((o) => !o.withdrawn),
  check: (record, { payload }) => {
    const override = record.overrides.find((o) => o.eventId === payload.overrideEventId);
    if (!override) return [missing(['overrideEventId'], 'No override with this event id')];
    if (override.withdrawn) {
      return [conflict(['overrideEventId'], 'This override is already withdrawn')];
    }
    return payload.on < override.on
      ? [conflict(['on'], 'An override cannot be withdrawn before the day it was recorded')]
      : [];
  },
  apply: (draft, { id, by, payload }) => {
    const override = draft.overrides.find((o) => o.eventId === payload.overrideEventId);
    if (override) override.withdrawn = { eventId: id, by, on: payload.on, reason: payload.reason };
  },
  summary: () => 'Override of a finding withdrawn',
  sample: (record, { on, content }) => ({
    overrideEventId: record.overrides.find((o) => !o.withdrawn)?.eventId ?? 'e-1',
    on,
    reason: content.text('no longer applies'),
  }),
});

/** @internal The check-override events. */
export const overrideEvents = [findingOverridden, findingOverrideWithdrawn] as const;
