import { describeFocusRule } from './_focusRule.js';

describeFocusRule({
  rule: 'plan.no-child-safety-focus',
  focus: 'safety-and-wellbeing',
  rating: 'safetyAndWellbeing',
  policyKey: 'safetyAndWellbeing',
  otherFocus: 'desistance',
});
