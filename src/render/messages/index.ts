import { cy } from './cy.js';
import { en } from './en.js';
import type { Lang, Messages } from './types.js';

/**
 * The message catalogue of a language.
 *
 * @example
 * messages('cy').draftNotice !== undefined; // true: the Welsh wording awaits review
 */
export function messages(lang: Lang): Messages {
  return lang === 'cy' ? cy : en;
}

export type { Lang, Messages, RequirementKind } from './types.js';
