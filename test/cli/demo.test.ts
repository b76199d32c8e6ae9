import { describe, expect, it } from 'vitest';
import { formatInvolvement } from '../../src/cli/format/involvement.js';
import { namer } from '../../src/cli/format/names.js';
import { painter } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { involvementSummary } from '../../src/involvement/summary.js';
import { replay } from '../../src/lifecycle/replay.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { memoryIo } from './io.js';

async function demoText() {
  const m = memoryIo();
  await runCli(['demo'], m.io);
  return m.stdout();
}

describe('yjplan demo, as a practitioner reads it', () => {
  it('names stages in words, never as statechart values', async () => {
    const text = await demoText();
    expect(text).toContain('Stage:    Delivering the plan in the community (warning given)');
    expect(text).toContain('→ Plan awaiting agreement');
    expect(text).not.toMatch(/delivery\.community|\+warned|awaitingAgreement|inProgress/);
  });

  it('names people by name and role, never by id', async () => {
    const text = await demoText();
    expect(text).toContain('Dee (mother)');
    expect(text).toContain('Sam (case manager)');
    expect(text).not.toMatch(/pc-mum|pc-dad|pr-sam|rv-\d/);
  });

  it('counts a parent’s views heard at assessment in the views column', () => {
    // Without the separate record of the mother's views, her views are those of the assessment.
    const events = workedExampleEvents().filter(
      (e) =>
        !(
          e.type === 'involvement.recorded' &&
          JSON.stringify(e.payload).includes('"views-recorded"')
        ),
    );
    const state = replay(events);
    const summary = involvementSummary(state, { asOf: '2026-03-31' });
    const mum = summary.people.find((p) => p.personId === 'pc-mum');
    expect(mum?.byPlanVersion[0]?.viewsRecorded).toBe(false);
    const lines = formatInvolvement(summary, state.record, namer(state.record, {}), painter(false));
    expect(lines.find((l) => l.trimStart().startsWith('mother (parent)'))).toMatch(
      /v1 +yes +yes +yes \(at assessment\)/,
    );
  });

  it('reads objective status as of the date shown: nothing is still active once the case has closed', async () => {
    const text = await demoText();
    const [during, closure] = text.split('At closure') as [string, string];
    expect(during).toMatch(/\[active; not started\]/);
    expect(closure).not.toMatch(/\[active;/);
    expect(closure).toMatch(/\[ended with the case; achieved\]/);
    expect(closure).toMatch(/\[completed; achieved\]/);
  });
});
