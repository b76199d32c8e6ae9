/**
 * yjplan/testing/paths: model-based lifecycle paths, from the statechart through the optional
 * peer `@xstate/graph` (install it to use this entry), and the event log of each path.
 */
export {
  type EventsForPathOptions,
  EventsForPathOptionsSchema,
  eventsForPath,
} from './eventsForPath.js';
export {
  type LifecyclePath,
  type LifecyclePathOptions,
  type LifecyclePathStep,
  lifecyclePaths,
} from './lifecyclePaths.js';
