/**
 * The codes an issue (`YjplanError.issues[].code`) can carry: zod's issue codes for input that
 * does not match a schema, and the library's own for the law that depends on the child's age and
 * for problems with the case. Like {@link ERROR_CODES}, a code never changes meaning once released.
 *
 * @example
 * const ageIssues = error.issues.filter((i) => i.code in ISSUE_CODES && i.code.endsWith('_age'));
 */
export const ISSUE_CODES = {
  // zod's issue codes
  invalid_type:
    'The value has the wrong type (a string where a number is expected, a missing field).',
  invalid_value:
    'The value is not one of the allowed options (an enum or a literal such as the event `type`).',
  invalid_format:
    'A string does not have the expected form (a real calendar date in 1900-2199, a timestamp with offset, an identifier).',
  invalid_union:
    'The value matches none of the alternatives; for a discriminated union, the discriminator (`type`, `kind`) is unknown.',
  invalid_key: 'A key of a record is not one of the allowed keys.',
  invalid_element: 'An element of a map or set is invalid.',
  too_small:
    'A number, string or list is below its minimum (a referral order under 3 months, an objective without a focus).',
  too_big:
    'A number, string or list is above its maximum (a referral order over 12 months, a curfew over 20 hours a day).',
  not_multiple_of: 'A number is not a multiple of the required step.',
  unrecognized_keys:
    'A key is not part of the schema (often a typo); the path ends with the key. Unknown keys are rejected so that no data is silently lost.',
  custom:
    'A rule across fields (dates in order, references inside a plan, the law that depends on the conviction date, a reason that must be recorded).',
  // the library's own, for the law that depends on the child's age at conviction (or decision)
  disposal_age:
    'The disposal is not available for a child of this age at conviction or decision (10-17; a DTO 12-17).',
  requirement_age:
    'The YRO requirement is not available for a child of this age at conviction (unpaid work only at 16 or 17; residence at a specified place only from 16).',
  attendance_centre_hours_for_age:
    'The attendance centre hours are outside the band for the child’s age at conviction.',
  requirement_ends_after_18:
    'A local authority residence or fostering requirement would run past the child’s 18th birthday.',
  education_requirement_ends_too_late:
    'An education requirement would run past the end of compulsory school age (or, for a child resident in England convicted on or after 28 June 2022, past the 18th birthday).',
  persistent_offender_required:
    'A DTO, or a YRO with ISS, for a child under 15 needs the court’s opinion that the child is a persistent offender.',
  parent_attendance_order_required:
    'A referral order for a child under 16 needs a parent or guardian ordered to attend the panel (unless unreasonable).',
  parent_payment_order_required:
    'A fine for a child under 16 is paid by a parent or guardian, unless the court found they cannot be found or that it would be unreasonable.',
  // the library's own, for the law on orders that change, offences and history, remand and bail
  remand_age:
    'The bail or remand is not available for a child of this age on the day of the decision (under 18; youth detention accommodation and electronic monitoring from 12).',
  dto_total_term_too_long:
    'Consecutive detention and training orders would total more than 24 months (the excess is remitted).',
  education_residence_not_recorded:
    'An education requirement runs past compulsory school age and the record does not say whether the child lived in England when the order was made.',
  parenting_order_programme_missing:
    'A parenting order has no counselling or guidance programme and the record does not say the parent had a parenting order before.',
  order_change_not_allowed:
    'The contract, variation or revocation is not one the law allows for this order now (wrong body, reason, date or limit).',
  release_outside_window:
    'A DTO release date falls outside the half-way point and the early or late release window (not compassionate).',
  referral_order_not_available:
    'A referral order is not available: not a youth or magistrates’ court, or no guilty plea to the offence or a connected one.',
  conditional_discharge_restricted:
    'A conditional discharge after two or more youth cautions, the last within two years before the offence, needs exceptional circumstances.',
  // the library's own, for problems with an event against the case
  reference_not_found: 'The field refers to something the case does not hold.',
  not_an_unacceptable_absence:
    'A warning or breach action names a contact that was attended or an acceptable absence; only unacceptable absences count toward enforcement.',
  no_youth_offender_panel:
    'Breach action goes to a youth offender panel, which only a referral order has.',
  not_involved_reason_age:
    'The reason for not involving a parent/carer needs the child to have reached an age (such as the child’s own wish).',
  conflicting_record:
    'The field reuses an id the case already holds, or contradicts the case: an update to a finished referral, a date before the record it follows.',
  sharing_restricted:
    'A restriction forbids sharing with this person and no reasoned override is recorded.',
  author_cannot_sign_off:
    'The sign-off is by the one who wrote the assessment or plan version: a sign-off is a countersignature.',
  manager_role_required:
    'The case records its staff and the one signing off does not hold the manager role on it.',
  duplicate_event: 'The event id is already in the case log.',
  event_not_allowed: 'The lifecycle does not allow this event type in the case’s current stage.',
  unknown_event_type: 'The event type is not one this version of the library knows.',
  case_not_opened: 'The case log does not start with `case.opened`.',
  unsupported_schema_version:
    'The case file’s schema version cannot be read by this version of the library.',
  migration_failed:
    'A migration of an older case file failed (its own message is never passed on).',
  unknown_rule: 'No check rule has this id.',
  // the library's own, for input with more problems than one error lists
  too_many_issues:
    'The input has more problems than one error lists (100): the message says how many more there are or, for a case file, that validation stopped there. Its path is the value being validated.',
  // the library's own, for the event store
  concurrency_conflict: 'The case’s stored version is not the `expectedVersion` given.',
} as const;

/**
 * A documented issue code; see {@link ISSUE_CODES}.
 *
 * @example
 * const code: IssueCode = 'disposal_age';
 */
export type IssueCode = keyof typeof ISSUE_CODES;
