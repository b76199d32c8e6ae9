import type { Rule } from '../rule.js';
import { agreementNotRecorded } from './involvement/agreementNotRecorded.js';
import { corporateParentMissing } from './involvement/corporateParentMissing.js';
import { notInvitedToPlanning } from './involvement/notInvitedToPlanning.js';
import { panelAttendanceRequired } from './involvement/panelAttendanceRequired.js';
import { parentingOrderWithoutProgramme } from './involvement/parentingOrderWithoutProgramme.js';
import { sharedWithRestrictedPerson } from './involvement/sharedWithRestrictedPerson.js';
import { supportNotOffered } from './involvement/supportNotOffered.js';
import { viewsNotRecorded } from './involvement/viewsNotRecorded.js';

/** @internal The parent and carer involvement rules, in catalogue order. */
export const involvementRules: readonly Rule[] = [
  notInvitedToPlanning,
  viewsNotRecorded,
  agreementNotRecorded,
  panelAttendanceRequired,
  corporateParentMissing,
  supportNotOffered,
  sharedWithRestrictedPerson,
  parentingOrderWithoutProgramme,
];
