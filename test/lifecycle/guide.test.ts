import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseEventInput } from '../../src/lifecycle/events/index.js';
import { historyOf } from '../../src/lifecycle/history.js';
import { allowedEvents, safeApplyEvent } from '../../src/lifecycle/reducer.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { CaseState } from '../../src/lifecycle/state.js';
import { workedExampleEvents } from '../../src/testing/examples/referralOrderCase.js';
import { historyTable, stageWalk } from './historyExcerpt.js';
import { kaiAfter } from './workedExample.js';

const guide = readFileSync(new URL('../../docs/guide.md', import.meta.url), 'utf8');
const kai = replay(workedExampleEvents());
const history = historyOf(kai);

/** The text between `<!-- generated:name -->` and the next `<!-- /generated -->`. */
function region(name: string): string {
  const start = guide.indexOf(`<!-- generated:${name} -->\n`);
  if (start < 0) throw new Error(`docs/guide.md has no region ${name}`);
  const from = start + `<!-- generated:${name} -->\n`.length;
  return guide.slice(from, guide.indexOf('\n<!-- /generated -->', from));
}

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

describe('docs/guide.md tells the truth about the worked example', () => {
  it('shows the stage walk historyOf gives', () => {
    expect(region('stage-walk')).toBe(stageWalk(history));
  });

  it('shows the history of the revision as historyOf gives it', () => {
    expect(region('history-excerpt')).toBe(historyTable(history.slice(39, 47)));
    expect(region('history-entry')).toBe(jsonBlock(history[46]));
  });

  it('shows the errors the library gives for skipping the closing review and for a missing version', () => {
    expect(region('refused-close')).toBe(
      jsonBlock(
        refusal(kaiAfter('plan.activated'), {
          type: 'case.closed',
          payload: { on: '2025-10-01', reason: 'disposal-completed' },
        } as never),
      ),
    );
    expect(region('refused-agreement')).toBe(
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
    );
  });

  it('is right about the counts and rules it states in prose', () => {
    expect(kai.events).toHaveLength(60);
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
