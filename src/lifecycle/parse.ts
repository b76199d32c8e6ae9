import { parsers } from '../errors/parse.js';
import type { Result } from '../errors/result.js';
import { type CaseEvent, CaseEventSchema } from './events/index.js';

const eventParsers = parsers(CaseEventSchema, 'event');

/**
 * Validates one event at the boundary.
 *
 * @throws {YjplanError} `invalid_input` with the path of each bad field.
 * @example
 * const event = parseCaseEvent(JSON.parse(body));
 */
export const parseCaseEvent: (input: unknown) => CaseEvent = eventParsers.parse;

/**
 * The result form of {@link parseCaseEvent}.
 *
 * @example
 * const r = safeParseCaseEvent(json);
 * if (!r.ok) return reply(400, r.error.toJSON());
 */
export const safeParseCaseEvent: (input: unknown) => Result<CaseEvent> = eventParsers.safeParse;
