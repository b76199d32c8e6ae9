export { ERROR_CODES, type ErrorCode } from './codes.js';
export { errorFromZod, issuesFromZod, zodIssues } from './fromZod.js';
export { ISSUE_CODES, type IssueCode } from './issueCodes.js';
export {
  capIssues,
  failureMessage,
  MAX_ISSUES,
  messageLocation,
  messagePath,
} from './issueList.js';
export { libraryErrorMap, libraryParseOptions, UNKNOWN_KEY_MESSAGE } from './messages.js';
export { parsers } from './parse.js';
export { err, ok, type Result } from './result.js';
export { isYjplanError, YjplanError, type YjplanIssue } from './YjplanError.js';
