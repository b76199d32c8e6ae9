import { deepFreeze } from './freeze.js';

/**
 * Set by the build: `true` in the development build (the `development` export condition, which
 * Vite, webpack in development mode and `node --conditions=development` pick) and in the
 * project's own tests, `false` in the production build, where everything behind it is dropped.
 * Each use below spells the test out in full, so that the production build folds it to `false`
 * where it stands and drops the branch (a constant read from another binding would stay).
 */
declare const __YJPLAN_DEVELOPMENT__: boolean | undefined;

/**
 * @internal Whether this is the development build: states are then deep-frozen as they are made,
 * so a caller's write to one throws where it happens instead of changing later answers.
 */
export const DEVELOPMENT: boolean =
  typeof __YJPLAN_DEVELOPMENT__ !== 'undefined' && __YJPLAN_DEVELOPMENT__ === true;

/**
 * @internal Freezes a value and everything it holds (development build only). Stops at what is
 * frozen already, so freezing a new state walks only what is new in it.
 *
 * @example
 * freezeInDevelopment(state); // a no-op in the production build
 */
export function freezeInDevelopment<T>(value: T): T {
  if (typeof __YJPLAN_DEVELOPMENT__ !== 'undefined' && __YJPLAN_DEVELOPMENT__ === true) {
    deepFreeze(value);
  }
  return value;
}
