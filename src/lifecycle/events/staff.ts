import * as z from 'zod';
import { IsoDateSchema } from '../../model/dates.js';
import { StaffMemberSchema } from '../../model/staff.js';
import { defineEvent } from '../defineEvent.js';
import { ACTIVE_STAGES } from '../stages.js';

/**
 * @internal `staff.recorded`: a member of staff on the case and the roles they hold (replacing
 * what was recorded for them before). Once a case records staff, only a `manager` may sign off
 * an assessment or a plan version, and never the one who wrote it.
 */
export const staffRecorded = defineEvent({
  type: 'staff.recorded',
  description: 'A member of staff on the case is recorded, with the roles they hold on it.',
  payload: z.strictObject({ member: StaffMemberSchema, on: IsoDateSchema }),
  stays: ACTIVE_STAGES,
  apply: (draft, { payload: { member } }) => {
    const at = draft.staff.findIndex((s) => s.id === member.id);
    if (at >= 0) draft.staff[at] = member;
    else draft.staff.push(member);
  },
  summary: ({ payload }) => `Staff recorded: ${payload.member.roles.join(', ')}`,
  sample: (_record, { on }) => ({ member: { id: 'pr-manager', roles: ['manager' as const] }, on }),
});

/** @internal The staff events. */
export const staffEvents = [staffRecorded] as const;
