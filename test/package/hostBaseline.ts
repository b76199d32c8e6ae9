// hostBaseline.ts: host.ts with no yjplan import (local stand-ins of the same shape), so that
// test/package/hostTsc.mjs can report what importing yjplan adds to a host's type-check.
type CaseEventInput = { readonly id: string; readonly type: string; readonly payload: unknown };
type CaseState = { readonly stage: string; readonly events: readonly CaseEventInput[] };
type Finding = { readonly rule: string; readonly severity: 'error' | 'warning' | 'info' };
class HostError extends Error {
  code = 'invalid_input';
  issues: { path: (string | number)[] }[] = [];
}
const isYjplanError = (e: unknown): e is HostError => e instanceof HostError;
const replay = (events: readonly CaseEventInput[]): CaseState => ({ stage: 'opened', events });
const applyEvent = (s: CaseState, e: CaseEventInput): CaseState => ({
  ...s,
  events: [...s.events, e],
});
const checkCase = (_s: CaseState, _o: { asOf: string }): Finding[] => [];
const reviewSchedule = (_s: CaseState, o: { asOf: string }) => ({ nextDue: o.asOf });
const planView = (s: CaseState, audience: 'child', o: { asOf: string }) => ({ audience, ...o, s });
const historyOf = (s: CaseState) => s.events.map((e) => ({ at: e.id, summary: e.type }));

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
