import type { CaseWriter } from '../caseWriter.js';
import { addDays } from '../days.js';
import type { CaseSetup } from '../setup.js';

/** @internal A case that comes to the service on bail or remand, `weeks` before its sentence. */
export interface OpenedBeforeSentence {
  readonly kind: 'bail-supervision-and-support' | 'remand-local-authority';
  readonly weeks: number;
}

/**
 * @internal Opens the case, and records why anyone under a no-contact restriction is not
 * involved (safeguarding), so no later event contacts them. With `before`, the case opens on bail
 * or remand that many weeks before the sentence, and gains its order at sentence (`order.made`
 * on the setup's opening day).
 */
export function writeOpening(w: CaseWriter, setup: CaseSetup, before?: OpenedBeforeSentence): void {
  const openedOn = before ? addDays(setup.openedOn, -7 * before.weeks) : setup.openedOn;
  w.add('case.opened', openedOn, {
    caseId: setup.caseId,
    openedOn,
    caseManager: setup.caseManager,
    child: setup.child,
    ...(before
      ? {
          bailOrRemand:
            before.kind === 'remand-local-authority'
              ? {
                  kind: before.kind,
                  id: w.nextId('remand'),
                  decidedOn: openedOn,
                  nextHearingOn: setup.openedOn,
                  designatedAuthority: 'The local authority looking after the child',
                }
              : {
                  kind: before.kind,
                  id: w.nextId('bail'),
                  decidedOn: openedOn,
                  nextHearingOn: setup.openedOn,
                },
        }
      : { disposal: setup.disposal }),
    people: [...setup.people],
  });
  for (const person of setup.involvement === false ? [] : setup.people) {
    if (!person.restrictions.some((r) => r.kind === 'no-contact')) continue;
    w.add('involvement.recorded', openedOn, {
      record: {
        kind: 'not-involved',
        id: w.nextId('inv'),
        personId: person.id,
        on: openedOn,
        reason: 'safeguarding',
        rationale: 'A court order forbids contact; this person is not involved in the plan',
      },
    });
  }
  if (before) w.add('order.made', setup.openedOn, { disposal: setup.disposal });
}
