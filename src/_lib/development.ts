import { deepFreeze } from './freeze.js';

/**
 * Set by the build: `true` in the development build (the `development` export condition, which
 * Vite, webpack in development mode and `node --conditions=development` pick) and in the
 * project's own tests, `false` in the production build, where everything behind it is dropped.
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
  if (DEVELOPMENT) deepFreeze(value);
  return value;
}
