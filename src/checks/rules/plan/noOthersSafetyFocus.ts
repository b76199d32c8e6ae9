import { focusRule } from './_lib/focusRule.js';

/**
 * `plan.no-others-safety-focus` (warning): the risk of serious harm calls for work on other
 * people's safety and no objective has that focus.
 *
 * @example
 * checkCase(state, { asOf, rules: ['plan.no-others-safety-focus'] });
 */
export const noOthersSafetyFocus = focusRule({
  id: 'plan.no-others-safety-focus',
  title: 'The plan keeps other people safe',
  focus: 'safety-of-others',
  focusWords: 'keeping other people safe',
  rating: 'riskOfSeriousHarm',
  threshold: 'safetyOfOthers',
});
