/** Set by the build (and the test configuration) from package.json. */
declare const __YJPLAN_VERSION__: string;

/**
 * The library's version (from package.json, written in at build time).
 *
 * @example
 * console.log(`yjplan ${version}`);
 */
export const version: string = __YJPLAN_VERSION__;
