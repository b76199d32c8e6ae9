/**
 * The throwing and the result-returning parser of each top-level input of the model that has a
 * JSON Schema (`jsonSchemas()`): the child, an assessment, an intervention plan, an agreement, a
 * parent/carer and an involvement record. (The disposal's pair lives with its schema; the case
 * event's, the case file's and the policy's with theirs.) Each throws, or returns, a
 * `YjplanError` with code `invalid_input` and one issue per offending field; messages never
 * quote the input, whatever error map the host has configured for zod.
 */
import { parsers } from '../errors/parse.js';
import { AgreementSchema } from './agreement.js';
import { AssessmentSchema } from './assessment.js';
import { ChildSchema } from './child.js';
import { InvolvementRecordSchema } from './involvement.js';
import { ParentCarerSchema } from './parentCarer.js';
import { InterventionPlanSchema } from './plan.js';

const child = parsers(ChildSchema, 'child');
const assessment = parsers(AssessmentSchema, 'assessment');
const plan = parsers(InterventionPlanSchema, 'intervention plan');
const agreement = parsers(AgreementSchema, 'agreement');
const parentCarer = parsers(ParentCarerSchema, 'parent/carer');
const involvementRecord = parsers(InvolvementRecordSchema, 'involvement record');

/**
 * Parses a child, throwing a `YjplanError` (`invalid_input`) with every issue.
 *
 * @example
 * const child = parseChild({ id: 'child-kai', preferredName: 'Kai', dateOfBirth: '2010-01-20', lookedAfter: false });
 */
export const parseChild = child.parse;

/**
 * Parses a child into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseChild(json);
 * if (!r.ok) console.log(r.error.issues.map((i) => i.path.join('.'))); // ['dateOfBirth']
 */
export const safeParseChild = child.safeParse;

/**
 * Parses an assessment, throwing a `YjplanError` (`invalid_input`) with every issue.
 *
 * @example
 * const assessment = parseAssessment(json); // throws YjplanError on bad input
 */
export const parseAssessment = assessment.parse;

/**
 * Parses an assessment into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseAssessment(json);
 * if (r.ok) use(r.value.ratings);
 */
export const safeParseAssessment = assessment.safeParse;

/**
 * Parses an intervention plan (with its references between objectives, actions and factors),
 * throwing a `YjplanError` (`invalid_input`) with every issue.
 *
 * @example
 * const plan = parseInterventionPlan(json); // throws YjplanError on bad input
 */
export const parseInterventionPlan = plan.parse;

/**
 * Parses an intervention plan into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseInterventionPlan(json);
 * if (!r.ok) console.log(r.error.message); // 'Invalid intervention plan at objectives.0.focus: ...'
 */
export const safeParseInterventionPlan = plan.safeParse;

/**
 * Parses an agreement to a plan, throwing a `YjplanError` (`invalid_input`) with every issue.
 *
 * @example
 * const agreement = parseAgreement(json); // throws YjplanError on bad input
 */
export const parseAgreement = agreement.parse;

/**
 * Parses an agreement to a plan into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseAgreement(json);
 * if (!r.ok) report(r.error.issues);
 */
export const safeParseAgreement = agreement.safeParse;

/**
 * Parses a parent, carer or corporate parent, throwing a `YjplanError` (`invalid_input`) with
 * every issue. Fills in the defaults (no restrictions).
 *
 * @example
 * const mum = parseParentCarer({ id: 'pc-mum', role: 'parent', relationship: 'mother', parentalResponsibility: true });
 * mum.restrictions; // []
 */
export const parseParentCarer = parentCarer.parse;

/**
 * Parses a parent, carer or corporate parent into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseParentCarer(json);
 * if (!r.ok) console.log(r.error.issues.map((i) => i.path.join('.')));
 */
export const safeParseParentCarer = parentCarer.safeParse;

/**
 * Parses one involvement record, throwing a `YjplanError` (`invalid_input`) with every issue.
 *
 * @example
 * const record = parseInvolvementRecord({ kind: 'invited', id: 'inv-1', personId: 'pc-mum', on: '2025-03-10', meeting: 'review' });
 */
export const parseInvolvementRecord = involvementRecord.parse;

/**
 * Parses one involvement record into a `Result` instead of throwing.
 *
 * @example
 * const r = safeParseInvolvementRecord(json);
 * if (!r.ok) console.log(r.error.issues[0]?.code); // 'too_big' for a parenting order of 13 months
 */
export const safeParseInvolvementRecord = involvementRecord.safeParse;
