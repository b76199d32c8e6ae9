/**
 * The stable error codes of the library. A code never changes meaning once released;
 * hosts may switch on it. Messages are for people and may be reworded.
 *
 * @example
 * if (isYjplanError(e) && e.code === 'event_not_allowed') showStageHelp(e);
 */
export const ERROR_CODES = {
  invalid_input: 'The input does not match the schema; `issues` lists each offending field.',
  invalid_json: 'The text is not valid JSON (or NDJSON).',
  unknown_event_type: 'The event `type` is not one this version of the library knows.',
  duplicate_event: 'An event with the same `id` is already in the case log.',
  event_not_allowed: 'The lifecycle does not allow this event in the case’s current stage.',
  case_not_opened: 'The first event of a case must be `case.opened`.',
  reference_not_found:
    'The event refers to something the case does not hold (a plan version, objective, person, record).',
  conflicting_record:
    'The event contradicts what the case holds: it reuses an id, completes or updates something already finished, or is dated before the record it follows (a warning before the absence it names, a review completed before it was triggered).',
  sharing_restricted:
    'A restriction forbids sharing with this person and the event carries no reasoned override.',
  sign_off_not_permitted:
    'A sign-off breaks separation of duties: the signer wrote what is signed off, or the case records its staff and the signer is not a manager on it.',
  unsupported_schema_version:
    'The persisted case has a schema version this library cannot read: newer than it knows, or older with no migration.',
  concurrency_conflict:
    'The case changed since the caller read it: the stored version is not the `expectedVersion` the append named. Reload the case and decide again.',
  invalid_policy: 'The policy object does not validate.',
  unknown_rule: 'No check rule has this id.',
} as const;

/**
 * A stable error code; see {@link ERROR_CODES} for the meaning of each.
 *
 * @example
 * const code: ErrorCode = 'event_not_allowed';
 */
export type ErrorCode = keyof typeof ERROR_CODES;
