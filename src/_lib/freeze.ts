/**
 * @internal Freezes a value and everything it holds, so a later write throws (in strict mode)
 * instead of silently changing what others share. For the library's own shared values (default
 * policies, state values); case states are frozen only in the development build. Stops at an
 * object that is frozen already.
 *
 * @example
 * export const DEFAULTS = deepFreeze({ reviews: { intervalMonths: 3 } });
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
