import * as z from 'zod';
import { maxDate } from '../../_lib/calendar.js';
import { IsoDateSchema } from '../../model/dates.js';
import {
  MappaManagementSchema,
  RestorativeJusticeOfferSchema,
  VictimContactSchema,
  VictimSchema,
} from '../../model/victims.js';
import { conflict, defineEvent, missing } from '../defineEvent.js';
import type { CaseRecord } from '../record.js';
import { ACTIVE_STAGES } from '../stages.js';

const victimIssues = (record: CaseRecord, victimId: string) =>
  record.victims.some((v) => v.victim.id === victimId)
    ? []
    : [missing(['victimId'], 'No victim in the case has this id')];

const hasVictim = (record: CaseRecord) => record.victims.length > 0;

/**
 * `victim.recorded`: a victim of the child's offence is recorded (by id: names stay with the
 * host's victim service), with whether there are concerns for their safety.
 */
export const victimRecorded = defineEvent({
  type: 'victim.recorded',
  description:
    'A victim of the offence is recorded (by id), with whether there are concerns for their safety; nothing about a victim reaches the child’s or a parent’s copy.',
  payload: z.strictObject({ victim: VictimSchema, on: IsoDateSchema }),
  stays: ACTIVE_STAGES,
  check: (record, { payload }) =>
    record.victims.some((v) => v.victim.id === payload.victim.id)
      ? [conflict(['victim', 'id'], 'A victim with this id is already recorded')]
      : [],
  apply: (draft, { payload, by }) => {
    draft.victims.push({
      victim: payload.victim,
      recordedOn: payload.on,
      by,
      contacts: [],
      restorativeJustice: [],
    });
  },
  summary: ({ payload }) => `Victim recorded (${payload.victim.kind})`,
  sample: (_record, { on, newId }) => ({
    victim: { id: newId('v'), kind: 'person' as const, safetyConcerns: false },
    on,
  }),
});

/** `victim.contacted`: the victim worker's contact with a victim, their wishes and views. */
export const victimContacted = defineEvent({
  type: 'victim.contacted',
  description:
    'Contact with a victim is recorded: reached or not, their wishes, their views, any change in the concerns for their safety.',
  payload: VictimContactSchema,
  stays: ACTIVE_STAGES,
  offeredWhen: hasVictim,
  check: (record, { payload }) => victimIssues(record, payload.victimId),
  apply: (draft, { payload, by }) => {
    const { victimId, ...contact } = payload;
    draft.victims.find((v) => v.victim.id === victimId)?.contacts.push({ ...contact, by });
  },
  summary: ({ payload }) => `Victim contact recorded (${payload.outcome})`,
  sample: (record, { on }) => ({
    victimId: record.victims[0]?.victim.id ?? 'v-1',
    on,
    outcome: 'contacted' as const,
    wishes: 'kept-informed' as const,
  }),
});

/** `victim.restorativeJusticeOffered`: restorative justice offered to a victim, and the answer. */
export const victimRestorativeJusticeOffered = defineEvent({
  type: 'victim.restorativeJusticeOffered',
  description: 'Restorative justice is offered to a victim, with their response.',
  payload: RestorativeJusticeOfferSchema,
  stays: ACTIVE_STAGES,
  offeredWhen: hasVictim,
  check: (record, { payload }) => victimIssues(record, payload.victimId),
  apply: (draft, { payload, by }) => {
    const { victimId, ...offer } = payload;
    draft.victims.find((v) => v.victim.id === victimId)?.restorativeJustice.push({ ...offer, by });
  },
  summary: ({ payload }) => `Restorative justice offered (${payload.response})`,
  sample: (record, { on }) => ({
    victimId: record.victims[0]?.victim.id ?? 'v-1',
    on,
    response: 'considering' as const,
  }),
});

/** `mappa.recorded`: MAPPA category and level from a date (a later record replaces it). */
export const mappaRecorded = defineEvent({
  type: 'mappa.recorded',
  description:
    'Management under the multi-agency public protection arrangements is recorded: category and level, from a date.',
  payload: MappaManagementSchema,
  stays: ACTIVE_STAGES,
  apply: (draft, { payload, by }) => {
    draft.mappa.push({ ...payload, by });
  },
  summary: ({ payload }) => `MAPPA category ${payload.category}, level ${payload.level}`,
  sample: (_record, { on }) => ({ on, category: 2 as const, level: 1 as const }),
});

/** `mappa.ended`: MAPPA management ends. */
export const mappaEnded = defineEvent({
  type: 'mappa.ended',
  description: 'Management under the multi-agency public protection arrangements ends.',
  payload: z.strictObject({ on: IsoDateSchema }),
  stays: ACTIVE_STAGES,
  offeredWhen: (record) => {
    const latest = record.mappa.at(-1);
    return latest !== undefined && latest.ended === undefined;
  },
  check: (record, { payload }) => {
    const latest = record.mappa.at(-1);
    if (!latest || latest.ended) return [missing([], 'No MAPPA management is in force')];
    return payload.on < latest.on
      ? [conflict(['on'], 'MAPPA management ends on or after the day it began')]
      : [];
  },
  apply: (draft, { payload, by }) => {
    const latest = draft.mappa.at(-1);
    if (latest && latest.ended === undefined) latest.ended = { on: payload.on, by };
  },
  summary: () => 'MAPPA management ended',
  sample: (record, { on }) => {
    const from = record.mappa.at(-1)?.on ?? on;
    return { on: maxDate(from, on) };
  },
});

/** @internal The events about victims and public protection. */
export const victimEvents = [
  victimRecorded,
  victimContacted,
  victimRestorativeJusticeOffered,
  mappaRecorded,
  mappaEnded,
] as const;
