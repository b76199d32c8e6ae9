export { ERROR_CODES, type ErrorCode } from './codes.js';
export { errorFromZod, issuesFromZod } from './fromZod.js';
export { parsers } from './parse.js';
export { err, ok, type Result } from './result.js';
export { isYjplanError, YjplanError, type YjplanIssue } from './YjplanError.js';
