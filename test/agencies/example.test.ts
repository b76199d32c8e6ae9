import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import { runCli } from '../../src/cli/program.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { Agency } from '../../src/model/owner.js';
import { multiAgencyExampleEvents as fromKit } from '../../src/testing/index.js';
import { planView } from '../../src/views/planView.js';
import { memoryIo } from '../cli/io.js';
import { jadeClosed, jadeEventsUpTo, jadeOn, X } from './fixtures.js';

describe('the multi-agency example (Jade, 17)', () => {
  it('ships with the testing kit and replays to closure', () => {
    const state = replay(fromKit());
    expect(state.stage).toBe('closed');
    expect(state.record.closure?.reason).toBe('transferred-to-probation');
    expect(state.record.child.dateOfBirth).toBe('2008-09-14');
  });

  it('checks clean at closure', () => {
    expect(checkCase(jadeClosed(), { asOf: X.asOfClosed })).toEqual([]);
  });

  it('reports nothing at any date of its life but the fortnight its plan named an ended child in need plan', () => {
    const seen = new Map<string, string[]>();
    for (let day = Date.parse('2026-03-02'); day <= Date.parse(X.asOfClosed); day += 86_400_000) {
      const asOf = new Date(day).toISOString().slice(0, 10);
      for (const f of checkCase(replay(jadeEventsUpTo(asOf)), { asOf })) {
        seen.set(f.rule, [...(seen.get(f.rule) ?? []), asOf]);
      }
    }
    expect([...seen.keys()]).toEqual(['plan.addressed-elsewhere-lapsed']);
    const days = seen.get('plan.addressed-elsewhere-lapsed') ?? [];
    expect([days[0], days.at(-1)]).toEqual(['2026-05-26', '2026-06-09']);
  });

  it('holds a planning meeting with five agencies, the child and her mother, agreeing actions stability first', () => {
    const { meeting } = jadeOn(X.planningMeetingOn).record.meetings[0] ?? {};
    const agencies = meeting?.attended.flatMap((p) => (p.kind === 'agency' ? [p.agency] : []));
    expect(agencies).toEqual([
      'social-care',
      'housing',
      'substance-misuse',
      'mental-health',
      'police',
    ]);
    expect(meeting?.attended.map((p) => p.kind)).toContain('child');
    expect(meeting?.actionsAgreed.map((a) => a.actionId).slice(0, 2)).toEqual([
      'act-housing-assessment',
      'act-accommodation',
    ]);
    expect(meeting?.actionsAgreed.at(-1)).toMatchObject({
      actionId: 'act-careers',
      startsOn: '2026-06-08',
    });
    const v1 = jadeOn('2026-03-18').record.plans[0]?.plan;
    for (const a of meeting?.actionsAgreed ?? []) {
      expect(v1?.actions.map((x) => x.id)).toContain(a.actionId);
    }
  });

  it('sends each agency its copy under a recorded basis: five after planning, seven after the review, probation before the hand-over', () => {
    const copies = jadeClosed().record.agencyCopies;
    const of = (meetingId: string) => copies.filter((c) => c.meetingId === meetingId);
    expect(of('m-planning').map((c) => c.agency)).toHaveLength(5);
    expect(of('m-review')).toHaveLength(7);
    expect(of('m-transition')).toEqual([
      expect.objectContaining({ agency: 'probation', planVersion: 2, on: '2026-08-20' }),
    ]);
    const bases = jadeClosed().record.sharingBases.map((b) => [b.basis.agency, b.basis.basis]);
    expect(bases).toContainEqual(['police', 'statutory-gateway']);
    expect(bases).toContainEqual(['mental-health', 'consent']);
  });

  it('gives each agency only its part after the review', () => {
    const state = jadeOn(X.asOfAfterReview);
    const goals = (agency: Agency) =>
      planView(state, 'agency', { agency, asOf: X.asOfAfterReview }).objectives.map((o) => o.id);
    expect(goals('education')).toEqual(['o-hair']);
    expect(goals('employment-and-training')).toEqual(['o-hair']);
    expect(goals('housing')).toEqual(['o-home']);
    expect(goals('substance-misuse')).toEqual(['o-drugs']);
    expect(goals('mental-health')).toEqual(['o-safe']);
    expect(goals('police')).toEqual(['o-safe', 'o-harm']);
    expect(goals('social-care')).toEqual(['o-home', 'o-safe', 'o-drugs', 'o-harm', 'o-hair']);
  });

  it('keeps the drug work from her mother at her wish, and the police intelligence from both', () => {
    const state = jadeOn(X.asOfAfterReview);
    const mum = planView(state, 'parentsCarers', { asOf: X.asOfAfterReview, personId: 'pc-mum' });
    expect(mum.objectives.map((o) => o.id)).not.toContain('o-drugs');
    const child = JSON.stringify(planView(state, 'child', { asOf: X.asOfAfterReview }));
    expect(child).toContain('o-drugs');
    expect(child).not.toContain('act-police-intelligence');
    expect(child).not.toContain('shop worker Jade pushed');
  });
});

describe('yjplan demo --example multi-agency', () => {
  it('shows each agency’s copy and the hand-over plan, and leaves the default demo as it was', async () => {
    const m = memoryIo();
    expect(await runCli(['demo', '--example', 'multi-agency'], m.io)).toBe(0);
    const text = m.stdout();
    expect(text).toContain('the multi-agency example');
    expect(text).toContain('Meeting held (planning meeting): 8 attended, 7 actions agreed');
    expect(text).toContain("What each agency's copy holds (as of 2026-06-12)");
    expect(text).toMatch(/ {2}education: plan version 2/);
    expect(text).toContain('Hand-over plan for probation (as of 2026-09-14)');
    expect(text).not.toMatch(/pc-mum|pr-mo\b/);
    const plain = memoryIo();
    await runCli(['demo'], plain.io);
    expect(plain.stdout()).toContain('the worked example, opening to closure');
    expect(plain.stdout()).not.toContain('agency’s copy');
  });

  it('writes the moments, the copies and the hand-over plan as JSON, and refuses an unknown example', async () => {
    const m = memoryIo();
    expect(await runCli(['demo', '--example', 'multi-agency', '--format', 'json'], m.io)).toBe(0);
    const json = JSON.parse(m.stdout());
    expect(json.moments).toHaveLength(2);
    expect(json.moments[1].findings).toEqual([]);
    expect(json.agencyCopies.copies.map((c: { agency: string }) => c.agency)).toHaveLength(7);
    expect(json.handoverPlan.format).toBe('yjplan/handover-plan');
    const bad = memoryIo();
    expect(await runCli(['demo', '--example', 'helen'], bad.io)).toBe(2);
  });
});
