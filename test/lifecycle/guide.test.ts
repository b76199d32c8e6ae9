import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/checks/checkCase.js';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { allowedEvents, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../src/testing/index.js';
import { historyTable, stageWalk } from './historyExcerpt.js';
import { kaiAfter } from './workedExample.js';

const file = new URL('../../docs/guide.md', import.meta.url);
/** The moment `yjplan demo` shows during delivery. */
const DURING = '2025-10-16';
const kai = replay(workedExampleEvents());
const history = historyOf(kai);

const jsonBlock = (value: unknown) => `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;

function refusal(state: CaseState, event: Omit<CaseEventInput, 'id' | 'at' | 'by'>): unknown {
  const r = safeApplyEvent(state, {
    id: 'e99',
    at: '2025-10-01T09:00:00Z',
    by: 'pr-sam',
    ...event,
  });
  return r.ok ? 'accepted' : r.error.toJSON();
}

/** What each generated region of the guide must hold: the library's own answers. */
const generated: Record<string, () => string> = {
  'stage-walk': () => stageWalk(history),
  // the revision: from the panel meeting that held the scheduled review to version 2 activated
  'history-excerpt': () => historyTable(history.slice(45, 54)),
  'history-entry': () => jsonBlock(history[53]),
  'during-delivery': () => {
    const during = replay(workedExampleEvents().filter((e) => e.at.slice(0, 10) <= DURING));
    return jsonBlock(checkCase(during, { asOf: DURING }));
  },
  'refused-close': () =>
    jsonBlock(
      refusal(kaiAfter('plan.activated'), {
        type: 'case.closed',
        payload: { on: '2025-10-01', reason: 'disposal-completed' },
      } as never),
    ),
  'refused-agreement': () =>
    jsonBlock(
      refusal(kaiAfter('plan.revised'), {
        type: 'plan.agreementRecorded',
        payload: {
          planVersion: 3,
          party: { kind: 'child' },
          status: 'agreed',
          recordedBy: 'pr-sam',
          recordedOn: '2025-12-20',
        },
      } as never),
    ),
};

/** Where the text between `<!-- generated:name -->` and the next `<!-- /generated -->` is. */
function span(text: string, name: string): [number, number] {
  const open = `<!-- generated:${name} -->\n`;
  const start = text.indexOf(open);
  if (start < 0) throw new Error(`docs/guide.md has no region ${name}`);
  const from = start + open.length;
  // the content ends before the newline that precedes the closing marker (from - 1 when empty)
  return [from, text.indexOf('<!-- /generated -->', from) - 1];
}

// UPDATE_DOCS=1 rewrites the generated regions (as for docs/rules.md); the prose stays by hand.
if (process.env.UPDATE_DOCS === '1') {
  let text = readFileSync(file, 'utf8');
  for (const [name, make] of Object.entries(generated)) {
    const [from, to] = span(text, name);
    text = text.slice(0, from) + make() + text.slice(to);
  }
  writeFileSync(file, text);
}

const guide = readFileSync(file, 'utf8');

/** The text of a generated region of the guide. */
function region(name: string): string {
  const [from, to] = span(guide, name);
  return guide.slice(from, to);
}

describe('docs/guide.md tells the truth about the worked example (UPDATE_DOCS=1 regenerates)', () => {
  it('shows the stage walk historyOf gives', () => {
    expect(region('stage-walk')).toBe(generated['stage-walk']?.());
  });

  it('shows the history of the revision as historyOf gives it', () => {
    expect(region('history-excerpt')).toBe(generated['history-excerpt']?.());
    expect(region('history-entry')).toBe(generated['history-entry']?.());
  });

  it('shows the one finding during delivery that the demo shows', () => {
    expect(region('during-delivery')).toBe(generated['during-delivery']?.());
  });

  it('shows the errors the library gives for skipping the closing review and for a missing version', () => {
    expect(region('refused-close')).toBe(generated['refused-close']?.());
    expect(region('refused-agreement')).toBe(generated['refused-agreement']?.());
  });

  it('is right about the counts and rules it states in prose', () => {
    expect(kai.events).toHaveLength(83);
    expect(kai.stage).toBe('closed');
    expect(allowedEvents(kai)).toEqual([]);
    const revised = kaiAfter('plan.revised');
    expect(revised.record.agreements.map((a) => a.planVersion)).toEqual([1, 1]);
    expect(revised.record.plans.map((p) => p.status)).toEqual(['active', 'draft']);
    expect(revised.record.plans[0]?.plan.actions).toHaveLength(5);
    expect(history[7]?.by).toBe('pr-manager-lee');
    expect(history[1]?.summary).toBe('Involvement recorded: not-involved');
  });
});
