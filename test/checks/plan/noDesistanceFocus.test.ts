import { describeFocusRule } from './_focusRule.js';

describeFocusRule({
  rule: 'plan.no-desistance-focus',
  focus: 'desistance',
  rating: 'likelihoodOfReoffending',
  policyKey: 'desistance',
  otherFocus: 'safety-and-wellbeing',
});
