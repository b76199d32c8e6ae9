/**
 * The parser pairs of every top-level input, generated from the table of inputs (`inputs.ts`):
 * all of them are on `yjplan/schemas`, the boundary ones (case event, case file, policy) on
 * `yjplan` too.
 */
import { parsersOf } from '../errors/parse.js';
import { INPUTS } from './inputs.js';

/** Every parser pair, generated from the table of inputs (each name is listed below). */
const PARSERS = parsersOf(INPUTS);

/**
 * The parsers of the top-level inputs: `parseX(input)` returns the parsed value or throws a
 * `YjplanError` (`invalid_input`, or `invalid_policy` for a policy; `unknown_event_type` for an
 * event of a type the library does not know), with the `path` of each offending field;
 * `safeParseX(input)` returns the same as a `Result`. Messages never quote the input, whatever
 * error map the host has configured for zod. Defaults are filled in.
 *
 * @example
 * const file = parseCaseFile(JSON.parse(text));
 * const r = safeParseChild({ id: 'child-kai', preferredName: 'Kai', dateOfBirth: '2010-02-30', lookedAfter: false });
 * if (!r.ok) r.error.issues[0]?.path; // ['dateOfBirth']
 */
export const {
  parseAgreement,
  parseAssessment,
  parseCaseEvent,
  parseCaseFile,
  parseChild,
  parseCustodyDates,
  parseDisposal,
  parseHandoverPlan,
  parseInterventionPlan,
  parseInvolvementRecord,
  parseOffence,
  parseOffenceHistory,
  parseOrderVariation,
  parseParentCarer,
  parsePolicy,
  parseReferralOrderContract,
  parseRemandOrBail,
  parseRevocation,
  parseSeriousCustody,
  safeParseAgreement,
  safeParseAssessment,
  safeParseCaseEvent,
  safeParseCaseFile,
  safeParseChild,
  safeParseCustodyDates,
  safeParseDisposal,
  safeParseHandoverPlan,
  safeParseInterventionPlan,
  safeParseInvolvementRecord,
  safeParseOffence,
  safeParseOffenceHistory,
  safeParseOrderVariation,
  safeParseParentCarer,
  safeParsePolicy,
  safeParseReferralOrderContract,
  safeParseRemandOrBail,
  safeParseRevocation,
  safeParseSeriousCustody,
} = PARSERS;
