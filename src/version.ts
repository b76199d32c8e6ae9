import pkg from '../package.json' with { type: 'json' };

/**
 * The library's version (from package.json).
 *
 * @example
 * console.log(`yjplan ${version}`);
 */
export const version: string = pkg.version;
