import type { YjplanIssue } from './YjplanError.js';

type Path = readonly (string | number)[];

/**
 * @internal The most issues one error lists. Past it, one `too_many_issues` issue says how many
 * more there are (or, for a case file, which events were not validated), so that an input with
 * a million mistakes costs what one with a hundred does.
 */
export const MAX_ISSUES = 100;

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * @internal `issues` with, when `omitted` is more than zero, a last `too_many_issues` issue at
 * `at` that counts them.
 *
 * @example
 * capIssues(first100, 2_400, ['events']).at(-1); // { path: ['events'], code: 'too_many_issues', message: '2,400 more issues are not listed' }
 */
export function capIssues(issues: YjplanIssue[], omitted: number, at: Path = []): YjplanIssue[] {
  if (omitted <= 0) return issues;
  const more = omitted === 1 ? '1 more issue is' : `${count(omitted)} more issues are`;
  issues.push({ path: [...at], code: 'too_many_issues', message: `${more} not listed` });
  return issues;
}

/** Issue codes whose path ends with a key of the input (an unknown key, a record's key). */
const ENDS_WITH_INPUT_KEY = new Set(['unrecognized_keys', 'invalid_key']);

/**
 * @internal Where an issue is, as a message may say it: its path, without the last segment when
 * that is a key taken from the input (an unknown key), since keys may be personal data (a host
 * that writes a child's name where a field name belongs). The full path stays in `issue.path`.
 *
 * @example
 * messageLocation({ path: ['payload', 'child', 'Kai Smith'], code: 'unrecognized_keys', message }); // 'payload.child'
 */
export function messageLocation(issue: YjplanIssue): string {
  return messagePath(issue).join('.');
}

/**
 * @internal {@link messageLocation} as a path: the issue's path without a last segment that is a
 * key taken from the input.
 *
 * @example
 * messagePath({ path: ['events', 3, 'payload', 'Kai Smith'], code: 'unrecognized_keys', message }); // ['events', 3, 'payload']
 */
export function messagePath(issue: YjplanIssue): readonly (string | number)[] {
  return ENDS_WITH_INPUT_KEY.has(issue.code) ? issue.path.slice(0, -1) : issue.path;
}

/**
 * @internal The message of a failed parse of `what`: where the first problem is and what was
 * expected there, and how many more problems there are. Built only from the issues' messages
 * and their locations, so it never quotes the input.
 *
 * @example
 * failureMessage('event', issues, 0); // 'Invalid event at payload.on: Expected a real calendar date YYYY-MM-DD (and 2 more)'
 */
export function failureMessage(
  what: string,
  issues: readonly YjplanIssue[],
  omitted: number,
  options: { stopped?: boolean } = {},
): string {
  const first = issues[0];
  if (!first) return `Invalid ${what}: does not match the schema`;
  const location = messageLocation(first);
  const where = location === '' ? '' : ` at ${location}`;
  const others = issues.filter((i) => i.code !== 'too_many_issues').length - 1 + omitted;
  const stopped = options.stopped ? '; the rest was not validated' : '';
  const more = others > 0 || stopped ? ` (and ${count(others)} more${stopped})` : '';
  return `Invalid ${what}${where}: ${first.message}${more}`;
}
