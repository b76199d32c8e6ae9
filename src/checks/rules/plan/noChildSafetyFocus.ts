import { focusRule } from './_lib/focusRule.js';

/**
 * `plan.no-child-safety-focus` (warning): the safety and wellbeing rating calls for work on the
 * child's safety and no objective has that focus.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-child-safety-focus'] });
 */
export const noChildSafetyFocus = focusRule({
  id: 'plan.no-child-safety-focus',
  title: 'The plan keeps the child safe',
  focus: 'safety-and-wellbeing',
  focusWords: 'keeping the child safe',
  rating: 'safetyAndWellbeing',
  threshold: 'safetyAndWellbeing',
});
