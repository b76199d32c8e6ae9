// A host's use of the README's calls, type-checked by test/package/hostTsc.mjs against the packed
// package (compare hostBaseline.ts: the same file with no yjplan import).
import {
  applyEvent,
  type CaseEventInput,
  type CaseState,
  checkCase,
  type Finding,
  historyOf,
  isYjplanError,
  planView,
  replay,
  reviewSchedule,
} from 'yjplan';

export function caseAt(events: readonly CaseEventInput[], next: CaseEventInput, asOf: string) {
  let state: CaseState = replay(events);
  try {
    state = applyEvent(state, next);
  } catch (error) {
    if (isYjplanError(error)) return { code: error.code, paths: error.issues.map((i) => i.path) };
    throw error;
  }
  const findings: readonly Finding[] = checkCase(state, { asOf });
  const due = reviewSchedule(state, { asOf }).nextDue;
  const view = planView(state, 'child', { asOf });
  const history = historyOf(state).map((entry) => `${entry.at} ${entry.summary}`);
  return {
    stage: state.stage,
    errors: findings.filter((f) => f.severity === 'error'),
    due,
    view,
    history,
  };
}
