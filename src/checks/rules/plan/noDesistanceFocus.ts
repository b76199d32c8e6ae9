import { focusRule } from './_lib/focusRule.js';

/**
 * `plan.no-desistance-focus` (warning): the likelihood of reoffending calls for desistance work
 * and no objective has that focus.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-desistance-focus'] });
 */
export const noDesistanceFocus = focusRule({
  id: 'plan.no-desistance-focus',
  title: 'The plan supports the child’s desistance',
  focus: 'desistance',
  focusWords: 'supporting the child’s desistance',
  rating: 'likelihoodOfReoffending',
  threshold: 'desistance',
});
