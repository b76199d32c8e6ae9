/**
 * yjplan/render: documents people read. A plan as HTML for the child, a parent or carer, a
 * partner agency or the practitioner, in English or Welsh.
 */
export { dateForPeople } from './dates.js';
export { messages } from './messages/index.js';
export type { Lang, Messages, RequirementKind } from './messages/types.js';
export {
  type ContactCard,
  ContactCardSchema,
  type RenderPlanOptions,
  RenderPlanOptionsSchema,
} from './options.js';
export { renderPlan } from './renderPlan.js';
export { stageInWords } from './stageWords.js';
