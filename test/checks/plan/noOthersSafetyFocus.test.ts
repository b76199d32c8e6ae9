import { describeFocusRule } from './_focusRule.js';

describeFocusRule({
  rule: 'plan.no-others-safety-focus',
  focus: 'safety-of-others',
  rating: 'riskOfSeriousHarm',
  policyKey: 'safetyOfOthers',
  otherFocus: 'desistance',
});
