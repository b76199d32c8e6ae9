/**
 * The guide's section "Working with other agencies": its code, run against the public entry
 * points, and its table of what each copy of Jade's plan holds, remade from the library.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Agency,
  applyEvent,
  checkCase,
  handoverPlan,
  jsonSchemas,
  planView,
  replay,
} from '../../src/index.js';
import { AddressedElsewhereSchema, AgreedActionSchema, RiskNoteSchema } from '../../src/schemas.js';
import { MULTI_AGENCY_EXAMPLE, multiAgencyExampleEvents } from '../../src/testing/index.js';

const guide = readFileSync(new URL('../../docs/guide.md', import.meta.url), 'utf8');
const upTo = (date: string) =>
  replay(multiAgencyExampleEvents().filter((e) => e.at.slice(0, 10) <= date));

describe('the guide, working with other agencies', () => {
  it('replays Jade to closure, clean', () => {
    const jade = replay(multiAgencyExampleEvents());
    expect(jade.events).toHaveLength(146);
    expect(jade.stage).toBe('closed');
    expect(checkCase(jade, { asOf: MULTI_AGENCY_EXAMPLE.asOfClosed })).toEqual([]);
  });

  it('accepts the risk note, the agreed action and the entry left to another plan as written', () => {
    expect(
      RiskNoteSchema.safeParse({
        id: 'rn-intelligence',
        about: 'intelligence',
        note: 'Two older men are seen collecting Jade in the city centre',
        visibility: {
          child: false,
          parentsCarers: false,
          agencies: ['police', 'social-care'],
          withheldReason: 'Police intelligence',
        },
      }).success,
    ).toBe(true);
    expect(
      AgreedActionSchema.safeParse({
        actionId: 'act-housing-assessment',
        priority: 1,
        description: 'Joint homelessness assessment this week',
        owner: { kind: 'partner-agency', agency: 'housing', name: 'Housing options, 16-17 team' },
        dueDate: '2026-03-20',
      }).success,
    ).toBe(true);
    expect(
      AddressedElsewhereSchema.safeParse({
        factorId: 'f-family',
        agency: 'social-care',
        plan: 'Pathway plan',
        linkedPlanId: 'ap-pathway',
      }).success,
    ).toBe(true);
  });

  it('records a basis for sharing with the police by a gateway, as written', () => {
    const before = upTo('2026-03-10');
    const after = applyEvent(before, {
      id: 'e-900',
      type: 'sharing.basisRecorded',
      at: '2026-03-11T09:00:00Z',
      by: 'pr-mo',
      payload: {
        basis: {
          id: 'sb-police',
          agency: 'police',
          basis: 'statutory-gateway',
          gateway: 'Crime and Disorder Act 1998 s.115',
          from: '2026-03-11',
        },
      },
    });
    expect(after.record.sharingBases.map((b) => b.basis.agency)).toEqual(['police']);
  });

  it('gives the college and the police their own goals, and refuses the GP with no basis', () => {
    const atReview = upTo(MULTI_AGENCY_EXAMPLE.asOfAfterReview);
    const asOf = MULTI_AGENCY_EXAMPLE.asOfAfterReview;
    const goals = (agency: Agency) =>
      planView(atReview, 'agency', { agency, asOf }).objectives.map((o) => o.id);
    expect(goals('education')).toEqual(['o-hair']);
    expect(goals('police')).toEqual(['o-safe', 'o-harm']);
    expect(() => planView(atReview, 'agency', { agency: 'health', asOf })).toThrow(
      expect.objectContaining({ code: 'sharing_restricted' }),
    );
  });

  it('prints in its table what each copy holds after the review, as the library makes them', () => {
    const asOf = MULTI_AGENCY_EXAMPLE.asOfAfterReview;
    const state = upTo(asOf);
    const row = (label: string, view: ReturnType<typeof planView>) =>
      `| ${label} | ${view.objectives.length} | ${view.objectives.reduce((n, o) => n + o.actions.length, 0)} | ${view.riskNotes?.length ?? 0} | ${view.contingency ? view.contingency.responses.length : '(not shared)'} | ${view.withheldItems} |`;
    const agencies: Agency[] = [
      'social-care',
      'police',
      'housing',
      'substance-misuse',
      'mental-health',
      'education',
      'employment-and-training',
    ];
    const rows = [
      row('practitioner', planView(state, 'practitioner', { asOf })),
      row('child', planView(state, 'child', { asOf })),
      row('her mother (`pc-mum`)', planView(state, 'parentsCarers', { asOf, personId: 'pc-mum' })),
      ...agencies.map((agency) =>
        row(`\`${agency}\``, planView(state, 'agency', { agency, asOf })),
      ),
      row('every agency alike (`agencies`)', planView(state, 'agencies', { asOf })),
    ];
    const table = guide.split('<!-- jade-copies -->\n')[1]?.split('\n<!-- /jade-copies -->')[0];
    expect(table?.split('\n').slice(2)).toEqual(rows);
  });

  it('hands Jade over with a sentence plan of five objectives, valid against its JSON Schema name', () => {
    const handedOver = upTo(MULTI_AGENCY_EXAMPLE.handedOverOn);
    const forProbation = handoverPlan(handedOver, { asOf: MULTI_AGENCY_EXAMPLE.handedOverOn });
    expect(forProbation.sentencePlan.objectives).toHaveLength(5);
    expect(forProbation.transition?.decision).toBe('transfer');
    expect(jsonSchemas()['handover-plan']).toBeDefined();
    const probation = planView(handedOver, 'agency', {
      agency: 'probation',
      asOf: MULTI_AGENCY_EXAMPLE.handedOverOn,
    });
    expect([probation.objectives.length, probation.withheldItems]).toEqual([5, 0]);
  });
});
