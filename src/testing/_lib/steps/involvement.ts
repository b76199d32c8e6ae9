import type { IsoDate } from '../../../model/dates.js';
import type { MeetingKind } from '../../../model/involvement.js';
import type { ParentCarer } from '../../../model/parentCarer.js';
import type { CaseWriter } from '../caseWriter.js';
import type { Choices } from '../choices.js';

/** @internal Who came to a meeting. */
export type Attendance = ReadonlyMap<string, boolean>;

/**
 * @internal Invites each person to a meeting on `invitedOn` and records, on `heldOn`, whether
 * they attended (usually) or not (with the reason). The first person `mustAttend` picks always
 * attends (a parent ordered to attend a youth offender panel). Returns who attended, by id.
 */
export function writeMeeting(
  w: CaseWriter,
  people: readonly ParentCarer[],
  meeting: MeetingKind,
  invitedOn: IsoDate,
  heldOn: IsoDate,
  choices: Choices,
  refs: { planVersion?: number; reviewId?: string } = {},
  mustAttend?: (person: ParentCarer) => boolean,
): Attendance {
  const attended = new Map<string, boolean>();
  const required = mustAttend ? people.find(mustAttend) : undefined;
  for (const p of people) {
    w.add('involvement.recorded', invitedOn, {
      record: {
        kind: 'invited',
        id: w.nextId('inv'),
        personId: p.id,
        on: invitedOn,
        meeting,
        ...refs,
      },
    });
  }
  for (const p of people) {
    const came = p === required || choices.chance(0.8);
    attended.set(p.id, came);
    const common = { id: w.nextId('inv'), personId: p.id, on: heldOn, meeting, ...refs };
    w.add('involvement.recorded', heldOn, {
      record: came
        ? { kind: 'attended', ...common }
        : { kind: 'did-not-attend', ...common, reason: 'Work commitments; sent apologies' },
    });
  }
  return attended;
}
