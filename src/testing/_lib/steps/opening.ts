import type { CaseWriter } from '../caseWriter.js';
import type { CaseSetup } from '../setup.js';

/**
 * @internal Opens the case, and records why anyone under a no-contact restriction is not
 * involved (safeguarding), so no later event contacts them.
 */
export function writeOpening(w: CaseWriter, setup: CaseSetup): void {
  w.add('case.opened', setup.openedOn, {
    caseId: setup.caseId,
    openedOn: setup.openedOn,
    caseManager: setup.caseManager,
    child: setup.child,
    disposal: setup.disposal,
    people: [...setup.people],
  });
  for (const person of setup.people) {
    if (!person.restrictions.some((r) => r.kind === 'no-contact')) continue;
    w.add('involvement.recorded', setup.openedOn, {
      record: {
        kind: 'not-involved',
        id: w.nextId('inv'),
        personId: person.id,
        on: setup.openedOn,
        reason: 'safeguarding',
        rationale: 'A court order forbids contact; this person is not involved in the plan',
      },
    });
  }
}
